"""The window's actions, created once with their shortcuts and slots; their words set in ``retranslate``.

Modelled on Frescobaldi's action collections: the window owns one ``WindowActions``, which builds the menus
and the toolbar from the actions and nothing else; what an action does is the window's (a delegator per
action), which words it shows are here. The help page's shortcut table reads these same actions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolBar

if TYPE_CHECKING:
    from fiitdesk.ui.main_window import MainWindow

#: An action's keys: a key sequence ("Ctrl+E", "F2"), a platform's standard key by name (``std("Print")``:
#: Ctrl+P here, Cmd+P on a Mac), or a list of them. They are bound once the window is on screen
#: (``bind_shortcuts``): setting up QKeySequence and its enums is start-up time the first picture does not need.
Shortcut = str | list[str] | None
STANDARD = "standard:"


def std(name: str) -> str:
    """The platform's standard key ``name`` (a ``QKeySequence.StandardKey``), as a ``Shortcut``."""
    return STANDARD + name


class WindowActions(QObject):
    """Every action of the main window, its menus and its toolbar (a QObject for its own ``tr`` context)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self._keys: dict[QAction, Shortcut] = {}
        self._bound = False
        w = window
        bar = w.menuBar()
        self.file_menu, self.view_menu = bar.addMenu(""), bar.addMenu("")
        self.go_menu, self.help_menu = bar.addMenu(""), bar.addMenu("")
        F, V, G, H = self.file_menu, self.view_menu, self.go_menu, self.help_menu
        self.print = self._make(F, "print", std("Print"), w.print_current)
        self.pdf = self._make(F, "export-pdf", "Ctrl+E", w.export_pdf)
        self.pdf_sheets = self._make(F, "export-sheets", "Ctrl+Shift+E", w.export_sheets)
        self.card = self._make(F, "hotline-card", "Ctrl+Shift+P", w.print_hotline_card)
        self.csv = self._make(F, "export-csv", None, w.export_csv)
        F.addSeparator()
        self.import_pack = self._make(F, "import-pack", "Ctrl+I", w.import_pack_dialog)
        self.uninstall = self._make(F, "return-to-installed", None, w.return_to_installed)
        self.check = self._make(F, "check-integrity", None, w.check_integrity)
        F.addSeparator()
        self.close_tab = self._make(F, "close-tab", "Ctrl+W", w.close_current_tab)
        self.quit = self._make(F, "quit", std("Quit"), w.close)
        self.search = self._make(V, "search", ["Ctrl+K", std("Find")],
                                 w.open_search)
        self.original = self._make(V, "show-original", "Ctrl+Shift+O", w.toggle_original)
        V.addSeparator()
        self.zoom_in = self._make(V, "zoom-in", [std("ZoomIn"), "Ctrl+="],
                                  lambda: w.set_zoom(w.context.zoom + 1))
        self.zoom_out = self._make(V, "zoom-out", std("ZoomOut"),
                                   lambda: w.set_zoom(w.context.zoom - 1))
        self.zoom_reset = self._make(V, "zoom-reset", "Ctrl+0", lambda: w.set_zoom(0))
        V.addSeparator()
        self.contrast = self._make(V, "high-contrast", "Ctrl+Shift+H", w.toggle_contrast,
                                   checkable=True)
        self.contrast.setChecked(w.context.high_contrast)
        self.language_menu = V.addMenu("")
        group = QActionGroup(w)
        self.french = self._make(self.language_menu, "lang-fr", None, lambda: w.set_language("fr"), True)
        self.english = self._make(self.language_menu, "lang-en", None, lambda: w.set_language("en"), True)
        group.addAction(self.french)
        group.addAction(self.english)
        (self.french if w.context.language == "fr" else self.english).setChecked(True)
        self.go_hotlines = self._make(G, "go-hotlines", "F2", lambda: w.show_view(w.hotlines))
        self.go_countries = self._make(G, "go-countries", ["F5", "Ctrl+J"],
                                       w.find_country)
        self.go_compare = self._make(G, "go-compare", "F3", lambda: w.show_view(w.compare))
        self.go_practices = self._make(G, "go-practices", "F4", lambda: w.show_view(w.practices))
        self.go_glossary = self._make(G, "go-glossary", "F6", lambda: w.show_view(w.glossary))
        G.addSeparator()
        self.back = self._make(G, "back", [std("Back"), "Backspace"], w.go_back)
        self.forward = self._make(G, "forward", std("Forward"), w.go_forward)
        G.addSeparator()
        self.next_tab = self._make(G, "next-tab", "Ctrl+PgDown", lambda: w.step_tab(1))
        self.prev_tab = self._make(G, "prev-tab", "Ctrl+PgUp", lambda: w.step_tab(-1))
        self.help = self._make(H, "help", std("HelpContents"), w.show_help)
        self.about = self._make(H, "about", None, w.about)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        # The actions have no icons, so the toolbar shows their words; the style is not set, because the
        # first use of PySide's ``Qt`` namespace costs about 12 ms of start-up (bench/run.py first_paint_s).
        self.toolbar.setIconSize(QSize(16, 16))
        for action in (self.back, self.search, self.go_hotlines, self.go_countries, self.go_compare, self.print,
                       self.pdf, self.zoom_out, self.zoom_in):
            self.toolbar.addAction(action)
        w.addToolBar(self.toolbar)

    def _make(self, menu: QMenu, name: str, shortcut: Shortcut, slot: Callable[[], Any],
              checkable: bool = False) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if shortcut is not None:
            self._keys[action] = shortcut
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def all(self) -> list[QAction]:
        """Every action, in menu order (for the help page's table of shortcuts)."""
        return [a for menu in (self.file_menu, self.view_menu, self.language_menu, self.go_menu, self.help_menu)
                for a in menu.actions() if not a.isSeparator() and a.menu() is None]

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("Interface &language"))
        texts = {
            self.print: self.tr("&Print…"), self.pdf: self.tr("&Export to PDF…"),
            self.pdf_sheets: self.tr("Export &country sheets to PDF…"),
            self.card: self.tr("Print &hotline card…"), self.csv: self.tr("Export comparison as C&SV…"),
            self.close_tab: self.tr("&Close this country’s tab"), self.quit: self.tr("&Quit"),
            self.import_pack: self.tr("&Import data pack…"),
            self.uninstall: self.tr("&Return to the installed data"),
            self.check: self.tr("Check the data's &integrity"), self.search: self.tr("&Search everywhere…"),
            self.original: self.tr("Show the French ori&ginal (and back)"),
            self.zoom_in: self.tr("Zoom &in"), self.zoom_out: self.tr("Zoom &out"),
            self.zoom_reset: self.tr("&Reset zoom"), self.contrast: self.tr("&High contrast"),
            self.french: "Français", self.english: "English",
            self.go_hotlines: self.tr("&Hotline finder"), self.go_countries: self.tr("Find a &country…"),
            self.go_compare: self.tr("&Compare countries"), self.go_practices: self.tr("&Good practices"),
            self.go_glossary: self.tr("G&lossary"), self.back: self.tr("&Back"),
            self.forward: self.tr("&Forward"), self.next_tab: self.tr("&Next tab"),
            self.prev_tab: self.tr("&Previous tab"), self.help: self.tr("FIIT Desk &help"),
            self.about: self.tr("&About FIIT Desk"),
        }
        for action, text in texts.items():
            action.setText(text)
        self._set_tooltips()

    def bind_shortcuts(self) -> None:
        """Give each action its keys (the window calls this once its first picture is on screen)."""
        from PySide6.QtGui import QKeySequence

        def sequence(key: str) -> Any:
            if key.startswith(STANDARD):
                return getattr(QKeySequence.StandardKey, key.removeprefix(STANDARD))
            return QKeySequence(key)

        # Always through setShortcuts: PySide's overload resolution for setShortcut(QKeySequence) sets up the
        # whole ``Qt`` namespace (93 enum types, 11 ms); a standard key alone gets all the platform's keys.
        for action, keys in self._keys.items():
            if isinstance(keys, list):
                action.setShortcuts([QKeySequence(sequence(key)) for key in keys])
            else:
                action.setShortcuts(sequence(keys) if keys.startswith(STANDARD) else [sequence(keys)])
        self._bound = True
        self._set_tooltips()

    def _set_tooltips(self) -> None:
        """Each action's tooltip: its words, and its keys once they are bound."""
        native = None
        if self._bound:
            from PySide6.QtGui import QKeySequence

            native = QKeySequence.SequenceFormat.NativeText
        for action in self.all():
            text = action.text()
            shortcut = action.shortcut().toString(native) if native is not None else ""
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})" if shortcut else text)
