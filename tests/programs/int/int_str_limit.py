"""The int<->str conversion length limit (3.11, CVE-2020-10735): sys.int_info, set_int_max_str_digits and its errors."""

import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)

big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)

# power-of-two bases are not limited
print(len(hex(big)), len(bin(2 ** 20000)), int('f' * 5000, 16) > 0)

# exactly at the limit is allowed
print(len(str(10 ** 4299)), int('9' * 4300) % 1000)

sys.set_int_max_str_digits(0)          # 0 disables the limit
print(len(str(big)), str(big)[:10])
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())

# f-strings and repr are limited as well
try:
    f'{big}'
except ValueError as e:
    print('f-string:', e)
try:
    repr(big)
except ValueError as e:
    print('repr:', e)
