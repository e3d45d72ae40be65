"""Exception notes (add_note) are printed after the exception message in the traceback."""

def process(record):
    try:
        return int(record['value'])
    except ValueError as e:
        e.add_note(f'while processing record {record["id"]}')
        e.add_note('hint: values must be integers')
        raise

print(process({'id': 1, 'value': '7'}))
process({'id': 2, 'value': 'seven'})
