"""FIIT Desk: an offline reference kit for people who assist victims of trafficking."""

__version__ = "0.1.0"
