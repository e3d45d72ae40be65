"""SystemExit(True) exits with status 1 (bool is an int)."""
import sys
sys.exit(True)
