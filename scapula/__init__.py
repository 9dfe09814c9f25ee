"""scapula: a corrective-exercise program for pain between the shoulder blades."""

__version__ = "0.1.0"
