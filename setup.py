"""Build configuration beyond pyproject.toml: the optional C candidate scans.

The extension only speeds up the finder; where it cannot be compiled, the install goes
on and govdoc uses the same scans in Python (``govdoc._scan``).
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("govdoc._cscan", ["src/govdoc/_cscan.c"], optional=True)])
