"""What the frozen FIIT Desk leaves out of Qt and Python: shared by the app's spec and the benchmark floor.

PyInstaller's `--exclude-module` barely shrinks Qt (measured: -4 MB), because Qt libraries come in as
dependencies of Qt plugins. So the collected binaries and data are filtered after analysis: no QML/Quick
(pulled in by the virtual keyboard plugin), no Wayland/EGLFS/VNC platforms (X11 and offscreen remain;
Wayland desktops run X11 applications through XWayland), no GTK platform theme (pango/cairo), no network
information or TLS plugins (FIIT Desk never connects to a network), only the French and English Qt
translations.
"""

from __future__ import annotations

import re

#: Python packages used only to build the database or to test: never at run time. (pydantic stays: a data
#: pack's manifest is validated with it when a pack is imported — imported then, never at start-up.)
EXCLUDED_MODULES = [
    "sqlite_utils", "babel", "phonenumbers", "yaml", "hypothesis", "pytest",
    "_pytest", "pytestqt", "click", "click_default_group", "tabulate", "dateutil", "pluggy", "sqlite_fts4",
    "tkinter", "unittest", "pydoc", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork",
    "PySide6.QtOpenGL", "PySide6.QtDBus", "PySide6.QtSvg",
    # No process pools: the program never starts one. Collected (by way of asyncio's executors), it brought
    # PyInstaller's multiprocessing runtime hook, which imports multiprocessing at every start (~8 ms).
    "multiprocessing",
]

_DROP = [
    r"Qt6(Qml|Quick|VirtualKeyboard|Wayland|WlShell|EglFS|EglFs|Svg)",
    r"plugins/(egldeviceintegrations|generic|networkinformation|tls|wayland-[^/]+|iconengines|platformthemes)/",
    r"plugins/platforms/lib(qeglfs|qlinuxfb|qminimal|qminimalegl|qvkkhrdisplay|qvnc|qwayland)\.so",
    r"plugins/platforminputcontexts/libqtvirtualkeyboardplugin\.so",
    r"plugins/imageformats/lib(qicns|qico|qpdf|qsvg|qtga|qtiff|qwbmp|qwebp|qgif|qjpeg)\.so",
    r"(^|/)lib(gtk-3|gdk-3|gdk_pixbuf|pango|cairo|atk|epoxy|harfbuzz|fribidi|thai|datrie|graphite2|pixman|"
    r"wayland-|gnutls|p11-kit|unistring|tasn1|nettle|hogweed|idn2|gmp|crypto|ssl)[^/]*\.so",
    r"translations/(?!qtbase_(fr|en)\.qm$)",
    # Desktop system libraries that Qt's X11 plugin, fonts and printing pull in: the .deb declares them as
    # dependencies, and every desktop with glibc 2.34+ has them (the portable folder's README says so).
    r"^lib(X11|X11-xcb|xcb[^/]*|Xau|Xdmcp|Xext|Xrender|xkbcommon[^/]*|fontconfig|freetype|png16|expat|"
    r"brotli[^/]*|z|dbus-1|systemd|gcrypt|gpg-error|lz4|lzma|zstd|cap|glib-2\.0|gio-2\.0|gobject-2\.0|"
    r"gmodule-2\.0|gthread-2\.0|pcre2-8|mount|blkid|selinux|ffi|cups|avahi-[^/]*|gssapi_krb5|krb5[^/]*|"
    r"k5crypto|com_err|keyutils|bsd|md|jpeg|bz2|uuid|udev|GL|GLX|GLdispatch|EGL|OpenGL)\.so",
]
_PATTERN = re.compile("|".join(f"(?:{p})" for p in _DROP))


def keep(destination: str) -> bool:
    """True for a collected file (by its path inside the bundle) that the application needs."""
    return not _PATTERN.search(destination.replace("\\", "/"))


def filtered(toc: list) -> list:
    """A PyInstaller TOC (dest_name, src_name, typecode) without the parts listed above."""
    return [entry for entry in toc if keep(entry[0])]
