"""The main window: five fixed views and a closable tab for each country the user opens, and the way around.

One reason to change: which tabs there are and how the user moves between them — the fixed views (hotlines,
countries, compare, practices, glossary), a country's tab opened on demand and closed with Ctrl+W (the
open ones remembered), back and forward across views and sections, a search hit opened at its words.
The actions and their words are in ``fiitdesk.ui.actions``, printing and export in ``fiitdesk.ui.exporting``,
the data-pack dialogs and About in their own modules; each menu entry here is a delegator.

A tab bar of thirty countries did not scale (eight clicks to reach Lithuania, "Grèce" before "Géorgie"),
and building thirty sheets cost start-up time: a country's view is built only when it is opened, and a
fixed view only when it is first shown or asked for (``self.hotlines`` builds the finder on first use);
until then its tab holds an empty placeholder. The window's first paint pays for one view.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QTabBar, QTabWidget, QWidget

from fiitdesk.ui import inert
from fiitdesk.ui.actions import WindowActions
from fiitdesk.ui.context import AppContext
from fiitdesk.ui.country_view import CountryView
from fiitdesk.ui.history import History, Place
from fiitdesk.ui.views import View

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from fiitdesk.ui.exporting import Exporter


def _hotlines(context: AppContext) -> QWidget:
    from fiitdesk.ui.hotline_finder import HotlineFinder

    return HotlineFinder(context)


def _countries(context: AppContext) -> QWidget:
    from fiitdesk.ui.countries_view import CountriesView

    return CountriesView(context)


def _compare(context: AppContext) -> QWidget:
    from fiitdesk.ui.compare_view import CompareView

    return CompareView(context)


def _practices(context: AppContext) -> QWidget:
    from fiitdesk.ui.practices_view import PracticesView

    return PracticesView(context)


def _glossary(context: AppContext) -> QWidget:
    from fiitdesk.ui.glossary_view import GlossaryView

    return GlossaryView(context)


#: The fixed views, in tab order: object name and the function that builds it, importing its module then
#: (plain imports inside functions, which the frozen build's analysis finds, unlike importlib).
FIXED_VIEWS: tuple[tuple[str, Any], ...] = (
    ("hotlines", _hotlines), ("countries", _countries), ("compare", _compare), ("practices", _practices),
    ("glossary", _glossary),
)
FIXED_NAMES = frozenset(name for name, _build in FIXED_VIEWS)

# The window's size on first start, where the screen allows it.
PREFERRED_SIZE = QSize(1200, 800)
# Room left for the window's title bar, which resize() does not count.
TITLE_BAR = 32


def default_size(available: QSize | None) -> QSize:
    """The first-start size: the preferred one, shrunk to the screen's available area (a 1366×768 laptop),
    so that no button starts below the edge of the screen."""
    if available is None or available.isEmpty():
        return PREFERRED_SIZE
    return QSize(min(PREFERRED_SIZE.width(), available.width()),
                 min(PREFERRED_SIZE.height(), available.height() - TITLE_BAR))


class MainWindow(QMainWindow):
    #: Once, when the window's first picture is on screen and what could wait for it is done.
    first_painted = Signal()

    def __init__(self, context: AppContext, language_switcher: Any = None, session: Any = None):
        super().__init__()
        self.session = session
        self.context = context
        self.store = context.store
        self.language_switcher = language_switcher
        self.setObjectName("main-window")
        self.history = History()
        self._navigating = False
        self._shown_country: CountryView | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setCentralWidget(self.tabs)
        self._built: dict[str, QWidget] = {}
        self._search_dialog: Any = None
        self.country_views: dict[str, CountryView] = {}
        for name, _build in FIXED_VIEWS:
            placeholder = QWidget()
            placeholder.setObjectName(name)
            index = self.tabs.addTab(placeholder, "")
            self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
        self._exporter: Exporter | None = None
        self.window_actions = WindowActions(self)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._painted_once = False
        self.retranslate()
        self._restore()

    # -- the fixed views, built on first use ---------------------------------------------------------

    def _fixed(self, name: str) -> QWidget:
        """The fixed view ``name``, built now if it is not yet (and put in its tab instead of the placeholder)."""
        view = self._built.get(name)
        if view is not None:
            return view
        build = dict(FIXED_VIEWS)[name]
        view = build(self.context)
        self._built[name] = view
        self._wire(name, view)
        index = next(i for i in range(self.tabs.count()) if self.tabs.widget(i).objectName() == name)
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        text = self.tabs.tabText(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, text)
        self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        return view

    def _wire(self, name: str, view: QWidget) -> None:
        self._connect_status(view)
        if name == "hotlines":
            view.preview_requested.connect(self.preview)
            view.open_requested.connect(self.open_entry)
        elif name == "countries":
            view.open_country.connect(lambda code: self.show_country(code))
        elif name == "compare":
            view.export_csv_requested.connect(self.export_csv)

    @property
    def hotlines(self) -> Any:
        return self._fixed("hotlines")

    @property
    def countries(self) -> Any:
        return self._fixed("countries")

    @property
    def compare(self) -> Any:
        return self._fixed("compare")

    @property
    def practices(self) -> Any:
        return self._fixed("practices")

    @property
    def glossary(self) -> Any:
        return self._fixed("glossary")

    @property
    def fixed_views(self) -> list[QWidget]:
        return [self._fixed(name) for name, _build in FIXED_VIEWS]

    @property
    def search_dialog(self) -> Any:
        if self._search_dialog is None:
            from fiitdesk.ui.search import SearchDialog

            self._search_dialog = SearchDialog(self.context, self)
            self._search_dialog.open_hit.connect(self.open_hit)
        return self._search_dialog

    # -- tabs ---------------------------------------------------------------------------------------

    def _connect_status(self, view: QWidget) -> None:
        if hasattr(view, "status"):
            view.status.connect(lambda text: self.statusBar().showMessage(text, 5000))

    def all_views(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def current_view(self) -> QWidget:
        return self.tabs.currentWidget()

    def country_name(self, code: str) -> str:
        """A country's name in the interface language (``AppContext.country_name``)."""
        return self.context.country_name(code)

    def country_view(self, code: str) -> CountryView:
        """The tab of ``code``, opened now if it is not (its sheet is laid out when it is first shown)."""
        view = self.country_views.get(code)
        if view is None:
            view = CountryView(self.store, code, self.context)
            view.located.connect(lambda anchor, c=code: self._record(Place(f"country-{c}", anchor)))
            self._connect_status(view)
            self.country_views[code] = view
            index = self.tabs.addTab(view, self.country_name(code))
            self.tabs.setTabToolTip(index, inert.tooltip(f"{self.country_name(code)} ({code}) — Ctrl+W"))
            self._remember_tabs()
        return view

    def close_tab(self, index: int) -> None:
        view = self.tabs.widget(index)
        if not isinstance(view, CountryView):
            return  # the five fixed views stay
        self.tabs.removeTab(index)
        del self.country_views[view.code]
        if self._shown_country is view:
            self._shown_country = None
        self.history.forget(view.objectName())
        view.deleteLater()
        self._remember_tabs()

    def close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def _remember_tabs(self) -> None:
        self.context.settings.open_countries = list(self.country_views)

    def step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _tab_changed(self, index: int) -> None:
        view = self.tabs.widget(index)
        if view is None:
            return
        if view.objectName() in FIXED_NAMES and view.objectName() not in self._built:
            view = self._fixed(view.objectName())
        previous = self._shown_country
        if previous is not None and previous is not view:
            previous.unload()
        self._shown_country = view if isinstance(view, CountryView) else None
        if isinstance(view, CountryView):
            view.refresh()
        self._update_original_action()
        self.context.settings.last_view = view.objectName()
        self._record(Place(view.objectName(), view.current_anchor() if isinstance(view, CountryView) else ""))

    # -- moving around ------------------------------------------------------------------------------

    def _record(self, place: Place) -> None:
        if not self._navigating:
            self.history.visit(place)

    def show_view(self, view: QWidget) -> None:
        self.tabs.setCurrentWidget(view)
        view.setFocus()

    def find_country(self) -> None:
        """F5 / Ctrl+J: the countries view, its filter ready for a few letters."""
        self.show_view(self.countries)
        self.countries.filter.selectAll()
        self.countries.filter.setFocus()

    def show_country(self, code: str, section: str | None = None, words: list[str] | None = None) -> None:
        view = self.country_view(code)
        self.tabs.setCurrentWidget(view)
        view.refresh()
        if section:
            view.show_section(section)
        if words:
            view.highlight(words, section)
        view.setFocus()

    def toggle_original(self) -> None:
        """Ctrl+Shift+O: the French original of the country sheet in view, at the same section, and back."""
        view = self.current_view()
        if isinstance(view, CountryView):
            view.toggle_original()

    def _update_original_action(self) -> None:
        """The original is a click away only where there is a translation to leave: a country sheet, in a
        language other than the kit's French."""
        self.window_actions.original.setEnabled(isinstance(self.current_view(), CountryView)
                                                 and self.context.translated)

    def open_entry(self, code: str, anchor: str) -> None:
        """A directory entry: its country's sheet, scrolled to where the entry is printed."""
        if any(c["code"] == code for c in self.store.countries()):
            self.show_country(code)
            if anchor:
                self.country_views[code].show_anchor(anchor)

    def open_search(self) -> None:
        self.search_dialog.start()
        self.search_dialog.open()

    def open_hit(self, hit: dict) -> None:
        """A search hit: where it is, scrolled to it, the words found marked."""
        from fiitdesk.kit.store import hit_words

        if hit["kind"] == "hotline":
            self.show_view(self.hotlines)
            self.hotlines.query.setText(hit["title"].split(" — ", 1)[-1])
        elif hit["kind"] == "glossary":
            self.show_view(self.glossary)
            self.glossary.show_term(hit["ref"])
        elif hit["kind"] == "practice":
            self.show_view(self.practices)
            self.practices.show_practice(hit["ref"])
        elif hit["country"] and any(c["code"] == hit["country"] for c in self.store.countries()):
            self.show_country(hit["country"], hit["section"], hit_words(hit.get("snippet", "")))

    def _go(self, place: Place | None) -> None:
        if place is None:
            return
        self._navigating = True
        try:
            if place.view.startswith("country-"):
                self.show_country(place.view.removeprefix("country-"), place.anchor or None)
            else:
                if place.view in FIXED_NAMES:
                    self.show_view(self._fixed(place.view))
        finally:
            self._navigating = False

    def go_back(self) -> None:
        self._go(self.history.back())

    def go_forward(self) -> None:
        self._go(self.history.forward())

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if not self._painted_once:
            self._painted_once = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """What the first picture does not need, done once it is on screen.

        The application-wide event filter (the mouse's back and forward buttons, anywhere in the window)
        makes PySide wrap every object any event is sent to, which creates the Python types of most of
        QtWidgets on the spot: about 20 ms, which used to come before the first paint. The actions' keys
        are bound here too (``WindowActions.bind_shortcuts``).
        """
        self.window_actions.bind_shortcuts()
        QApplication.instance().installEventFilter(self)
        self.first_painted.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget) \
                and watched.window() is self:
            from PySide6.QtCore import Qt  # not at import: the Qt namespace is slow to set up (start-up)
            from PySide6.QtGui import QMouseEvent

            if not isinstance(event, QMouseEvent):
                return False
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return False

    # -- words and appearance -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("FIIT Desk — assistance to victims of trafficking"))
        titles = {"hotlines": self.tr("Hotlines"), "countries": self.tr("Countries"), "compare": self.tr("Compare"),
                  "practices": self.tr("Good practices"), "glossary": self.tr("Glossary")}
        for i in range(self.tabs.count()):
            name = self.tabs.widget(i).objectName()
            if name in titles:
                self.tabs.setTabText(i, titles[name])
        for code, view in self.country_views.items():
            self.tabs.setTabText(self.tabs.indexOf(view), self.country_name(code))
        self.window_actions.retranslate()
        self.tabs.setAccessibleName(self.tr("Views and open countries"))
        for view in self.all_views():
            if isinstance(view, View):
                view.retranslate()
        if self._search_dialog is not None:
            self._search_dialog.retranslate()

    def set_zoom(self, zoom: int) -> None:
        self.context.settings.zoom = zoom
        app = QApplication.instance()
        if app is not None and hasattr(app, "apply_zoom"):
            app.apply_zoom(self.context.zoom)
        self._refresh_documents()
        self.statusBar().showMessage(self.tr("Zoom: %1").replace("%1", f"{self.context.zoom:+d}"), 3000)

    def toggle_contrast(self) -> None:
        self.context.settings.high_contrast = self.window_actions.contrast.isChecked()
        app = QApplication.instance()
        if app is not None and hasattr(app, "apply_style"):
            app.apply_style(self.context.high_contrast)
        self._refresh_documents()

    def set_language(self, language: str) -> None:
        if language == self.context.language:
            return
        self.context.settings.language = language
        if self.language_switcher:
            self.language_switcher(language)
        # Qt announces the new translator with a posted event; relabel now so the switch is immediate.
        self.retranslate()
        self._refresh_documents()
        self._update_original_action()

    def _refresh_documents(self) -> None:
        """Lay the visible sheet out again for the new zoom, contrast or language; hidden ones when shown."""
        current = self.current_view()
        for view in self.country_views.values():
            if view is current:
                view.refresh()
            else:
                view.mark_stale()
        for name in ("practices", "glossary", "compare", "countries"):
            if name in self._built:
                self._built[name].refresh()

    # -- printing and export (fiitdesk.ui.exporting) --------------------------------------------------

    @property
    def exporter(self) -> Exporter:
        """Printing and export, set up on first use (its dialogs' classes are start-up time otherwise)."""
        if self._exporter is None:
            from fiitdesk.ui.exporting import Exporter

            self._exporter = Exporter(self)
        return self._exporter

    def print_current(self) -> None:
        self.exporter.print_current()

    def preview(self, document: QTextDocument, footer: str) -> None:
        self.exporter.preview(document, footer)

    def save_pdf(self, document: QTextDocument, footer: str, path: Path) -> bool:
        return self.exporter.save_pdf(document, footer, path)

    def export_pdf(self) -> None:
        self.exporter.export_pdf()

    def export_sheets(self) -> None:
        self.exporter.export_sheets()

    def print_hotline_card(self) -> None:
        self.exporter.print_hotline_card()

    def export_csv(self) -> None:
        self.exporter.export_csv()

    def fail(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # not at import: start-up time

        QMessageBox.warning(self, "FIIT Desk", inert.rich_text(message))

    # -- help, data packs and About -----------------------------------------------------------------

    def show_help(self) -> None:
        from fiitdesk.ui.help_view import HelpDialog

        HelpDialog(self.context.language, self.window_actions.all(), self.context.high_contrast, self).exec()

    def import_pack_dialog(self) -> None:
        from fiitdesk.ui.data_dialogs import choose_and_import

        choose_and_import(self)

    def import_pack(self, path: Path, trusted: dict | None = None) -> bool:
        from fiitdesk.ui.data_dialogs import import_pack, places_with

        return import_pack(self, path, places_with(trusted))

    def return_to_installed(self) -> None:
        from fiitdesk.ui.data_dialogs import return_to_installed

        return_to_installed(self)

    def check_integrity(self) -> None:
        from fiitdesk.ui.data_dialogs import check_integrity

        check_integrity(self)

    def about_text(self) -> str:
        from fiitdesk.ui.about import about_text

        return about_text(self)

    def about(self) -> None:
        from fiitdesk.ui.about import show_about

        show_about(self)

    # -- state --------------------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.context.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(default_size(self.screen().availableGeometry().size() if self.screen() else None))
        known = {c["code"] for c in self.store.countries()}
        for code in self.context.settings.open_countries:
            if code in known:
                self.country_view(code)
        last = self.context.settings.last_view
        if last.startswith("country-") and last.removeprefix("country-") in known:
            self.country_view(last.removeprefix("country-"))
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).objectName() == last:
                self.tabs.setCurrentIndex(i)
                break
        self._tab_changed(self.tabs.currentIndex())

    def closeEvent(self, event: Any) -> None:
        QApplication.instance().removeEventFilter(self)
        self.context.settings.geometry = self.saveGeometry()
        self.context.settings.sync()
        super().closeEvent(event)

