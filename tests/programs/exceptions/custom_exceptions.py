"""User-defined exception hierarchies: custom __init__, extra attributes, __str__, catching by base class."""

class AppError(Exception):
    """Base class for application errors."""
    code = 1

class ConfigError(AppError):
    code = 2
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key, self.problem = key, problem
    def __str__(self):
        return f'config key {self.key!r}: {self.problem}'

class NetworkError(AppError):
    code = 3

class Timeout(NetworkError, TimeoutError):
    code = 4

def risky(kind):
    if kind == 'config':
        raise ConfigError('db.port', 'must be an integer')
    if kind == 'network':
        raise NetworkError('connection reset')
    if kind == 'timeout':
        raise Timeout('took too long')
    if kind == 'os':
        raise OSError('plain os error')
    return 'ok'

for kind in ['config', 'network', 'timeout', 'os', 'none']:
    try:
        result = risky(kind)
    except Timeout as e:
        result = f'Timeout (code {e.code}): {e} | is OSError: {isinstance(e, OSError)}'
    except AppError as e:
        result = f'{type(e).__name__} (code {e.code}): {e} | args={e.args}'
    except OSError as e:
        result = f'OSError: {e}'
    print(kind, '->', result)

print([c.__name__ for c in Timeout.__mro__])

# exceptions carrying structured data
class ValidationError(ValueError):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f'{len(errors)} validation error(s)')
def validate(record):
    errors = {}
    if not record.get('name'):
        errors['name'] = 'required'
    if not isinstance(record.get('age'), int):
        errors['age'] = 'must be int'
    if errors:
        raise ValidationError(errors)
try:
    validate({'age': 'x'})
except ValidationError as e:
    print(e, e.errors, repr(e))

# exception class with a default message
class NotReady(RuntimeError):
    def __init__(self, msg='the resource is not ready'):
        super().__init__(msg)
print(repr(NotReady()), str(NotReady('custom')))

# exceptions are regular classes: class attributes, methods, properties
class HTTPError(Exception):
    def __init__(self, status):
        super().__init__(status)
        self.status = status
    @property
    def is_client_error(self):
        return 400 <= self.status < 500
    def describe(self):
        return f'HTTP {self.status} ({"client" if self.is_client_error else "server"})'
for status in [404, 503]:
    try:
        raise HTTPError(status)
    except HTTPError as e:
        print(e.describe(), e.args)

# catching a base class catches subclasses defined later
class Late(AppError): pass
try:
    raise Late('late subclass')
except AppError as e:
    print('caught', type(e).__name__, e)

# a custom exception that does not derive from BaseException cannot be raised
class NotAnException: pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
