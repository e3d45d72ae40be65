"""The __name__ == '__main__' idiom: a module imported vs run, and runpy.run_module/run_path executing code as __main__."""

import runpy
import sys

if __name__ == '__main__':
    print('running as the main script')

result = runpy.run_module('mainpkg.helper_mod', run_name='__main__')
print(sorted(k for k in result if not k.startswith('__')), result['__name__'])

import mainpkg.helper_mod as helper
print(helper.__name__, helper.greet())
globs = runpy.run_path('_all_mod.py')
print(globs['public_listed'], globs['__name__'])
print(sys.argv[0].endswith('main_guard.py'))
