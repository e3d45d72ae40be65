"""sys.exit(3): the process exit status is 3 and nothing is printed to stderr."""
import sys
print('exiting with 3')
sys.exit(3)
