"""subprocess over _posixsubprocess and select: pipes, input, return codes, errors."""

import subprocess
import sys

r = subprocess.run(['echo', 'hello'], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.check_output('echo $((6*7))', shell=True))
print(subprocess.run(['cat'], input=b'fed to cat', capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 4'], capture_output=True, text=True))
print(subprocess.call(['false']), subprocess.call('exit 2', shell=True))
try:
    subprocess.check_call(['sh', '-c', 'exit 5'])
except subprocess.CalledProcessError as e:
    print('CalledProcessError', e.returncode, e)
try:
    subprocess.run(['/nonexistent/program'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)
try:
    subprocess.run(['pwd'], cwd='/nonexistent/dir')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)
print(subprocess.run(['pwd'], cwd='/', capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'echo $EMBER_X'], env={'EMBER_X': 'from env'}, capture_output=True).stdout)
p = subprocess.Popen(['sh', '-c', 'read x; echo got $x'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b'line\n')
print(out, p.returncode)
p = subprocess.Popen(['sh', '-c', 'echo a; echo b >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(p.stdout.read().split()), p.wait())
print(subprocess.getoutput('echo getoutput'), subprocess.getstatusoutput('exit 1'))
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.cmd)
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    p.stdin.write('text mode\n')
    p.stdin.close()
    print(repr(p.stdout.read()))
print(p.returncode)
