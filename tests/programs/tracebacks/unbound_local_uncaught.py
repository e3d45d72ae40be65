"""Uncaught UnboundLocalError caused by an assignment later in the function."""

count = 0

def increment():
    count += 1
    return count

increment()
