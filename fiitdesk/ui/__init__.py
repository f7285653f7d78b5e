"""The face of FIIT Desk: PySide6 widgets over ``fiitdesk.kit.store``. No SQL here, by design."""
