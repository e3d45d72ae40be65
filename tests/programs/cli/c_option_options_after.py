# command: -c "import sys; print(sys.argv)" -O -m x --version
"""Everything after -c's code is passed to the program, even things that look like interpreter options."""
