"""sys.exit() / sys.exit(None): exit status 0; code after it does not run but finally blocks do."""
import sys
try:
    print('in try')
    sys.exit(None)
finally:
    print('finally runs during SystemExit')
print('not reached')
