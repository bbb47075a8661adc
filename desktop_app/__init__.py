"""Class Spec Compare: structure-aware comparison of public-sector classification specifications."""

__version__ = "0.1.0"
APP_NAME = "Class Spec Compare"
