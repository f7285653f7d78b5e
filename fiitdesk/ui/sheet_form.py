"""The choice between the two printed forms of a country sheet: the one-page essential sheet or the full
dossier. The same two buttons sit in the "print / PDF of this sheet" dialog and in the "several country
sheets" dialog; the last choice is remembered."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class SheetFormChoice(QGroupBox):
    """Two radio buttons: essential sheet (one page) or full dossier."""

    def __init__(self, form: str = "essential", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sheet-form")
        self.essential = QRadioButton()
        self.essential.setObjectName("form-essential")
        self.full = QRadioButton()
        self.full.setObjectName("form-full")
        group = QButtonGroup(self)
        group.addButton(self.essential)
        group.addButton(self.full)
        (self.full if form == "full" else self.essential).setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.essential)
        layout.addWidget(self.full)
        self.setTitle(self.tr("Which form?"))
        self.essential.setText(self.tr("&Essential sheet: one page per country (whom to call, who identifies, "
                                       "permits, what the sources do not cover)"))
        self.full.setText(self.tr("&Full dossier: every section, several pages per country"))
        self.setAccessibleName(self.tr("Printed form of the country sheet"))

    def form(self) -> str:
        return "full" if self.full.isChecked() else "essential"


class SheetFormDialog(QDialog):
    """Asked before printing or exporting the country sheet on screen."""

    def __init__(self, country: str, form: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sheet-form-dialog")
        self.setWindowTitle(self.tr("Print the sheet of %1").replace("%1", country))
        self.choice = SheetFormChoice(form, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The essential sheet is made to be handed over or pinned on a wall.")))
        layout.addWidget(self.choice)
        layout.addWidget(buttons)
        (self.choice.full if form == "full" else self.choice.essential).setFocus()


def ask_sheet_form(parent: QWidget, country: str, settings: Any) -> str | None:
    """The form the user chose (remembered for next time), or None if they cancelled."""
    dialog = SheetFormDialog(country, settings.sheet_form, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    settings.sheet_form = dialog.choice.form()
    return dialog.choice.form()
