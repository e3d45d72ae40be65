"""Attributes of the __main__ module when running a script file: __file__, __spec__, __loader__ type name, sys.modules."""
import os
import sys
main = sys.modules['__main__']
print(main.__name__, os.path.basename(main.__file__), __spec__, type(__loader__).__name__, __package__, __cached__ if '__cached__' in dir() else 'no __cached__')
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)), sys.argv[0] == os.path.basename(__file__))
print(os.getcwd() == os.path.dirname(os.path.abspath(__file__)))
print(sys.flags.optimize, sys.flags.isolated, sys.flags.no_site, sys.flags.ignore_environment, sys.flags.dont_write_bytecode, sys.flags.hash_randomization)
