"""NameError in a nested function whose suggestion comes from the local scope."""

def outer():
    counter_value = 5
    def inner():
        result_total = counter_value * 2
        return result_totl
    return inner()

outer()
