using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Pix2Midi.Cli.Tests.Preview;

/// <summary>
/// Presses a key in a window of a private X server (Xvfb) the way a user would, for tests of the
/// preview's keys: finds the top-level window by its title and sends it a key press and release
/// through libX11 (<c>XSendEvent</c>), which every X client links.
/// </summary>
/// <remarks>
/// GTK 3 reads the keyboard through XInput 2 and takes no core key events from other clients, so
/// the program under test needs <see cref="CoreEventsVariable"/> set to 1 in its environment.
/// </remarks>
internal static partial class XKeyPress
{
    /// <summary>Makes GTK 3 read core X events, which <c>XSendEvent</c> can deliver.</summary>
    public const string CoreEventsVariable = "GDK_CORE_DEVICE_EVENTS";

    private const string X11 = "libX11.so.6";
    private const int KeyPress = 2;
    private const int KeyRelease = 3;
    private const long KeyPressMask = 1L << 0;
    private const long KeyReleaseMask = 1L << 1;

    /// <summary>Waits for a window whose title contains <paramref name="title"/> on <paramref name="display"/> (<c>:N</c>).</summary>
    /// <returns>Whether one appeared in time.</returns>
    public static bool WaitForWindow(string display, string title, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (WithDisplay(display, d => FindWindow(d, title)) != 0)
            {
                return true;
            }

            Thread.Sleep(100);
        }

        return false;
    }

    /// <summary>Presses and releases the key of <paramref name="keysym"/> (an X keysym: ASCII for printable keys, 0x20 space) in the window titled <paramref name="title"/>.</summary>
    public static void Press(string display, string title, int keysym) => WithDisplay(display, d =>
    {
        var window = FindWindow(d, title);
        if (window == 0)
        {
            throw new InvalidOperationException($"no window titled \"{title}\" on {display}");
        }

        var keycode = XKeysymToKeycode(d, (nuint)keysym);
        if (keycode == 0)
        {
            throw new InvalidOperationException($"keysym 0x{keysym:x} has no key on {display}");
        }

        var root = XDefaultRootWindow(d);
        foreach (var (type, mask) in new[] { (KeyPress, KeyPressMask), (KeyRelease, KeyReleaseMask) })
        {
            var key = new XKeyEvent
            {
                Type = type,
                SendEvent = 1,
                Display = d,
                Window = window,
                Root = root,
                X = 10,
                Y = 10,
                XRoot = 10,
                YRoot = 10,
                Keycode = keycode,
                SameScreen = 1,
            };
            if (XSendEvent(d, window, 1, (nint)mask, ref key) == 0)
            {
                throw new InvalidOperationException($"XSendEvent refused the key on {display}");
            }
        }

        XSync(d, 0);
        return window;
    });

    /// <summary>Whether an X client can connect to display <paramref name="name"/> now.</summary>
    public static bool CanConnect(string name)
    {
        var display = XOpenDisplay(name);
        if (display == 0)
        {
            return false;
        }

        _ = XCloseDisplay(display);
        return true;
    }

    private static nuint WithDisplay(string name, Func<nint, nuint> action)
    {
        // A loaded machine's Xvfb may refuse a connection for a moment (seen in CI while other
        // tests opened windows): asked again for up to 2 s before the test fails.
        var display = XOpenDisplay(name);
        for (var attempt = 0; display == 0 && attempt < 20; attempt++)
        {
            Thread.Sleep(100);
            display = XOpenDisplay(name);
        }

        if (display == 0)
        {
            throw new InvalidOperationException($"cannot open X display {name}");
        }

        try
        {
            return action(display);
        }
        finally
        {
            _ = XCloseDisplay(display);
        }
    }

    /// <summary>The first window, depth first from the root, whose name contains <paramref name="title"/>; 0 for none.</summary>
    private static nuint FindWindow(nint display, string title)
    {
        var pending = new Stack<nuint>();
        pending.Push(XDefaultRootWindow(display));
        while (pending.Count > 0)
        {
            var window = pending.Pop();
            if (XFetchName(display, window, out var namePointer) != 0 && namePointer != 0)
            {
                var name = Marshal.PtrToStringUTF8(namePointer);
                _ = XFree(namePointer);
                if (name is not null && name.Contains(title, StringComparison.Ordinal))
                {
                    return window;
                }
            }

            if (XQueryTree(display, window, out _, out _, out var children, out var count) != 0 && children != 0)
            {
                for (var i = 0; i < count; i++)
                {
                    pending.Push((nuint)Marshal.ReadIntPtr(children, i * IntPtr.Size));
                }

                _ = XFree(children);
            }
        }

        return 0;
    }

    [LibraryImport(X11, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint XOpenDisplay(string name);

    [LibraryImport(X11)]
    private static partial int XCloseDisplay(nint display);

    [LibraryImport(X11)]
    private static partial nuint XDefaultRootWindow(nint display);

    [LibraryImport(X11)]
    private static partial int XQueryTree(nint display, nuint window, out nuint root, out nuint parent, out nint children, out uint count);

    [LibraryImport(X11)]
    private static partial int XFetchName(nint display, nuint window, out nint name);

    [LibraryImport(X11)]
    private static partial int XFree(nint data);

    [LibraryImport(X11)]
    private static partial byte XKeysymToKeycode(nint display, nuint keysym);

    [LibraryImport(X11)]
    private static partial int XSendEvent(nint display, nuint window, int propagate, nint eventMask, ref XKeyEvent keyEvent);

    [LibraryImport(X11)]
    private static partial int XSync(nint display, int discard);

    /// <summary>Xlib's <c>XKeyEvent</c>, padded to the size of an <c>XEvent</c> (24 longs).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 192)]
    private struct XKeyEvent
    {
        public int Type;
        public nuint Serial;
        public int SendEvent;
        public nint Display;
        public nuint Window;
        public nuint Root;
        public nuint Subwindow;
        public nuint Time;
        public int X;
        public int Y;
        public int XRoot;
        public int YRoot;
        public uint State;
        public uint Keycode;
        public int SameScreen;
    }
}
