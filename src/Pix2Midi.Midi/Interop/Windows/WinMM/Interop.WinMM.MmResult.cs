namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class WinMM
    {
        /// <summary>MMRESULT: the status every WinMM MIDI function returns (mmsystem.h, mmeapi.h).</summary>
        internal enum MmResult : uint
        {
            /// <summary>MMSYSERR_NOERROR.</summary>
            NoError = 0,

            /// <summary>MMSYSERR_ERROR: unspecified error.</summary>
            Error = 1,

            /// <summary>MMSYSERR_BADDEVICEID: the device index is out of range (the device went away).</summary>
            BadDeviceId = 2,

            /// <summary>MMSYSERR_NOTENABLED: the driver failed to enable.</summary>
            NotEnabled = 3,

            /// <summary>MMSYSERR_ALLOCATED: the device is already open in another program.</summary>
            Allocated = 4,

            /// <summary>MMSYSERR_INVALHANDLE: the handle is not (or no longer) open.</summary>
            InvalidHandle = 5,

            /// <summary>MMSYSERR_NODRIVER: no device driver is present.</summary>
            NoDriver = 6,

            /// <summary>MMSYSERR_NOMEM: memory allocation error.</summary>
            NoMemory = 7,

            /// <summary>MMSYSERR_NOTSUPPORTED: the function is not supported.</summary>
            NotSupported = 8,

            /// <summary>MMSYSERR_BADERRNUM: the error value is out of range.</summary>
            BadErrorNumber = 9,

            /// <summary>MMSYSERR_INVALFLAG: an invalid flag was passed.</summary>
            InvalidFlag = 10,

            /// <summary>MMSYSERR_INVALPARAM: an invalid parameter was passed.</summary>
            InvalidParameter = 11,

            /// <summary>MIDIERR_UNPREPARED (MIDIERR_BASE 64 + 0): a header was not prepared.</summary>
            MidiUnprepared = 64,

            /// <summary>MIDIERR_STILLPLAYING: buffers are still queued.</summary>
            MidiStillPlaying = 65,

            /// <summary>MIDIERR_NOMAP: no MIDI map is configured.</summary>
            MidiNoMap = 66,

            /// <summary>MIDIERR_NOTREADY: the device is busy sending a long message.</summary>
            MidiNotReady = 67,

            /// <summary>MIDIERR_NODEVICE: the port is no longer there.</summary>
            MidiNoDevice = 68,

            /// <summary>MIDIERR_INVALIDSETUP: the MIDI setup is invalid.</summary>
            MidiInvalidSetup = 69,

            /// <summary>MIDIERR_BADOPENMODE: the operation is not supported in the open mode.</summary>
            MidiBadOpenMode = 70,

            /// <summary>MIDIERR_DONT_CONTINUE: the thru device is eating a message.</summary>
            MidiDontContinue = 71,
        }
    }
}
