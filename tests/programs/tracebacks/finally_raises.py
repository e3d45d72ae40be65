"""An exception raised in a finally block while another is propagating: both are printed, chained."""

def cleanup(resource):
    raise OSError(f'could not release {resource}')

def use(resource):
    try:
        raise ValueError(f'failed while using {resource}')
    finally:
        cleanup(resource)

use('db-connection')
