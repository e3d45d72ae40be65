"""An exception raised while importing a local module: the traceback goes through the import statement."""

print('before import')
import _tb_broken_module
print('never reached')
