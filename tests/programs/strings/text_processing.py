"""Text processing with str methods: word frequency, caesar cipher, palindromes, run-length encoding, title casing, justification."""

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip('.,').lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6], len(words), len(freq))

def caesar(s, shift):
    out = []
    for ch in s:
        if ch.isascii() and ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar('Hello, World! Zz', 3)
print(enc, caesar(enc, -3))

def is_palindrome(s):
    cleaned = ''.join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]
print([is_palindrome(s) for s in ['A man, a plan, a canal: Panama', 'No lemon, no melon', 'Python', 'Été']])

def rle(s):
    if not s:
        return ''
    out, prev, count = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f'{count}{prev}')
            prev, count = ch, 1
    out.append(f'{count}{prev}')
    return ''.join(out)
def unrle(s):
    out, num = [], ''
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ''
    return ''.join(out)
print(rle('aaabccddddde'), unrle(rle('aaabccddddde')), rle(''), rle('x' * 12))

lines = ['left', 'centered text', 'right']
width = 20
print('|' + lines[0].ljust(width) + '|')
print('|' + lines[1].center(width, '.') + '|')
print('|' + lines[2].rjust(width) + '|')
table = [('name', 'qty', 'price'), ('apple', 3, 1.5), ('kiwi', 12, 0.25)]
for row in table:
    print(' | '.join(str(c).ljust(6) if i == 0 else str(c).rjust(6) for i, c in enumerate(row)))
print(' '.join(w.capitalize() for w in 'the lord of the rings'.split()), 'snake_case_name'.title().replace('_', ''), '-'.join('CamelCaseName'.lower()))
sentence = 'the quick brown fox'
print(sentence[::-1], ' '.join(reversed(sentence.split())), ' '.join(w[::-1] for w in sentence.split()), sorted(sentence.split(), key=len))
print(sum(1 for ch in text if ch in 'aeiou'), text.count('it was'), text.find('wisdom'), text.rfind('it'), text.splitlines()[1][:20])
