"""argparse: positionals, options, types, choices, defaults, nargs, actions, subcommands, mutually exclusive groups, errors (exit 2)."""

import argparse
import sys

parser = argparse.ArgumentParser(prog='tool', description='A demo tool.', epilog='Bye.')
parser.add_argument('source')
parser.add_argument('dest', nargs='?', default='out.txt')
parser.add_argument('-n', '--count', type=int, default=1, help='how many times')
parser.add_argument('-v', '--verbose', action='count', default=0)
parser.add_argument('--mode', choices=['fast', 'slow'], default='fast')
parser.add_argument('--tag', action='append', dest='tags')
parser.add_argument('--flag', action='store_true')
parser.add_argument('--no-color', action='store_false', dest='color')
parser.add_argument('--ratio', type=float, metavar='R')
parser.add_argument('--pair', nargs=2, type=int)
parser.add_argument('--items', nargs='*', default=[])
parser.add_argument('--const', action='store_const', const=42)
parser.add_argument('--version', action='version', version='tool 1.0')

for argv in [['in.txt'], ['in.txt', 'dest.bin', '-n', '3', '-vvv', '--mode', 'slow', '--tag', 'a', '--tag=b', '--flag', '--no-color'],
             ['--ratio', '0.5', 'x', '--pair', '1', '2', '--items', 'p', 'q', '--const'], ['-n5', 'src', '--', '-dash-dest']]:
    ns = parser.parse_args(argv)
    print(sorted(vars(ns).items()))

ns, extra = parser.parse_known_args(['s', '--unknown', 'x'])
print(ns.source, extra)

print(parser.format_usage().strip())
print(parser.format_help())

# subcommands
main = argparse.ArgumentParser(prog='git-like')
subs = main.add_subparsers(dest='command', required=True)
commit = subs.add_parser('commit', help='record changes')
commit.add_argument('-m', '--message', required=True)
push = subs.add_parser('push')
push.add_argument('remote', nargs='?', default='origin')
push.add_argument('--force', action='store_true')
print(vars(main.parse_args(['commit', '-m', 'msg'])), vars(main.parse_args(['push', '--force'])))

# mutually exclusive group
g = argparse.ArgumentParser(prog='mx')
group = g.add_mutually_exclusive_group()
group.add_argument('--quiet', action='store_true')
group.add_argument('--loud', action='store_true')
print(vars(g.parse_args(['--loud'])))

# errors go to stderr and raise SystemExit(2)
for p, argv in [(parser, []), (parser, ['x', '--count', 'abc']), (parser, ['x', '--mode', 'medium']), (parser, ['x', 'y', 'z']),
                (main, []), (main, ['commit']), (g, ['--quiet', '--loud']), (parser, ['x', '--pair', '1'])]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('SystemExit', e.code, 'for', argv)

# exit_on_error=False raises ArgumentError instead (3.9+)
q = argparse.ArgumentParser(prog='q', exit_on_error=False)
q.add_argument('--num', type=int)
try:
    q.parse_args(['--num', 'x'])
except argparse.ArgumentError as e:
    print(type(e).__name__, e)

# --version prints and exits 0
try:
    parser.parse_args(['--version'])
except SystemExit as e:
    print('version exit code', e.code)
