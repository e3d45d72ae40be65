"""sys.exit(-1): the status seen by the parent is 255."""
import sys
sys.exit(-1)
