using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class LibSystem
    {
        /// <summary>
        /// <c>kern_return_t thread_policy_set(thread_act_t thread, thread_policy_flavor_t flavor, thread_policy_t policy_info, mach_msg_type_number_t count)</c>.
        /// </summary>
        /// <param name="thread">From <see cref="PthreadMachThread"/>.</param>
        /// <param name="flavor"><see cref="ThreadTimeConstraintPolicy"/> or <see cref="ThreadStandardPolicy"/>.</param>
        /// <param name="policyInfo">The policy struct, as 32-bit words.</param>
        /// <param name="count">Its length in words.</param>
        /// <returns>0 (<c>KERN_SUCCESS</c>) or a Mach error.</returns>
        [LibraryImport(Libraries.LibSystem, EntryPoint = "thread_policy_set")]
        [SupportedOSPlatform("macos")]
        internal static unsafe partial int ThreadPolicySet(uint thread, uint flavor, int* policyInfo, uint count);
    }
}
