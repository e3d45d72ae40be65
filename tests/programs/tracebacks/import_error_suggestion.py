"""Uncaught ImportError for 'from module import name' with a misspelled name (3.11 prints no suggestion for ImportError)."""

from _tb_helper import helper_function
print(helper_function())
from _tb_helper import helper_functoin
