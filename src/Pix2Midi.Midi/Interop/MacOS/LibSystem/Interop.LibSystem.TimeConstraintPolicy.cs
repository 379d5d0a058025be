using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class LibSystem
    {
        /// <summary><c>THREAD_STANDARD_POLICY</c>: the normal time-sharing policy; its count is 0.</summary>
        internal const uint ThreadStandardPolicy = 1;

        /// <summary><c>THREAD_TIME_CONSTRAINT_POLICY</c>: the real-time band CoreAudio's threads use.</summary>
        internal const uint ThreadTimeConstraintPolicy = 2;

        /// <summary><c>THREAD_TIME_CONSTRAINT_POLICY_COUNT</c>: the struct's size in 32-bit words.</summary>
        internal const uint ThreadTimeConstraintPolicyCount = 4;

        /// <summary>
        /// <c>struct thread_time_constraint_policy { uint32_t period, computation, constraint; boolean_t preemptible; }</c>,
        /// times in <c>mach_absolute_time</c> units.
        /// </summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct TimeConstraintPolicy
        {
            /// <summary>Time between arrivals of work; 0: no period.</summary>
            public uint Period;

            /// <summary>CPU time needed per arrival.</summary>
            public uint Computation;

            /// <summary>Longest real time from an arrival to the end of its computation (≥ <see cref="Computation"/>).</summary>
            public uint Constraint;

            /// <summary><c>boolean_t</c> (32 bits): whether the computation may be interrupted.</summary>
            public int Preemptible;
        }
    }
}
