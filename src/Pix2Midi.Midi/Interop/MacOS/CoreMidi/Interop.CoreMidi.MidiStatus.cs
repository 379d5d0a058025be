namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class CoreMidi
    {
        /// <summary>The OSStatus codes unique to CoreMIDI (MIDIServices.h); other OSStatus values may also occur.</summary>
        internal enum MidiStatus
        {
            /// <summary>noErr.</summary>
            NoError = 0,

            /// <summary>kMIDIInvalidClient: an invalid MIDIClientRef was passed.</summary>
            InvalidClient = -10830,

            /// <summary>kMIDIInvalidPort: an invalid MIDIPortRef was passed.</summary>
            InvalidPort = -10831,

            /// <summary>kMIDIWrongEndpointType: a source where a destination was expected, or vice versa.</summary>
            WrongEndpointType = -10832,

            /// <summary>kMIDINoConnection: closing a connection that does not exist.</summary>
            NoConnection = -10833,

            /// <summary>kMIDIUnknownEndpoint: an invalid MIDIEndpointRef was passed.</summary>
            UnknownEndpoint = -10834,

            /// <summary>kMIDIUnknownProperty: the object does not have the property.</summary>
            UnknownProperty = -10835,

            /// <summary>kMIDIWrongPropertyType: the value is not of the property's type.</summary>
            WrongPropertyType = -10836,

            /// <summary>kMIDINoCurrentSetup: there is no current MIDI setup.</summary>
            NoCurrentSetup = -10837,

            /// <summary>kMIDIMessageSendErr: communication with the MIDI server failed.</summary>
            MessageSendError = -10838,

            /// <summary>kMIDIServerStartErr: the MIDI server could not start.</summary>
            ServerStartError = -10839,

            /// <summary>kMIDISetupFormatErr: the saved MIDI setup could not be read.</summary>
            SetupFormatError = -10840,

            /// <summary>kMIDIWrongThread: a driver called from the wrong thread.</summary>
            WrongThread = -10841,

            /// <summary>kMIDIObjectNotFound: the object does not exist.</summary>
            ObjectNotFound = -10842,

            /// <summary>kMIDIIDNotUnique: another object already has that kMIDIPropertyUniqueID.</summary>
            IdNotUnique = -10843,

            /// <summary>kMIDINotPermitted: the process may not do this.</summary>
            NotPermitted = -10844,
        }
    }
}
