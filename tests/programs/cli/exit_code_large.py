"""sys.exit(258): the operating system keeps only the low 8 bits, so the status is 2."""
import sys
sys.exit(258)
