"""unittest: TestCase assertions, setUp/tearDown ordering, skips, expected failures, subTest, and running a suite programmatically."""

import io
import unittest

log = []

class MathTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')
    def setUp(self):
        log.append(f'setUp {self._testMethodName}')
    def tearDown(self):
        log.append(f'tearDown {self._testMethodName}')

    def test_equal(self):
        self.assertEqual(1 + 1, 2)
        self.assertNotEqual(1, 2)
        self.assertTrue([1])
        self.assertFalse('')
        self.assertIs(None, None)
        self.assertIsNot(1, None)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(2, [1, 2])
        self.assertNotIn(3, [1, 2])
        self.assertIsInstance(True, int)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertGreater(2, 1)
        self.assertLessEqual(1, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex('hello123', r'\d+')
        self.assertDictEqual({'a': 1}, {'a': 1})
        self.assertSequenceEqual((1, 2), [1, 2])

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), 'division by zero')
        with self.assertRaisesRegex(ValueError, 'invalid literal'):
            int('x')
        self.assertRaises(KeyError, lambda: {}['k'])
        with self.assertWarns(DeprecationWarning):
            import warnings
            warnings.warn('old', DeprecationWarning)

    def test_failure(self):
        self.assertEqual([1, 2, 3], [1, 2, 4], 'lists differ')

    def test_error(self):
        raise RuntimeError('unexpected error in test')

    @unittest.skip('demonstrating skip')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_skip_inside(self):
        self.skipTest('skipped at runtime')

loader = unittest.TestLoader()
suite = loader.loadTestsFromTestCase(MathTests)
print(suite.countTestCases(), sorted(loader.getTestCaseNames(MathTests)))
result = unittest.TestResult()
suite.run(result)
print('run:', result.testsRun, 'ok:', result.wasSuccessful())
print('failures:', [(t.id().split('.')[-1], tb.strip().splitlines()[-1]) for t, tb in result.failures])
print('errors:', [(t.id().split('.')[-1], tb.strip().splitlines()[-1]) for t, tb in result.errors])
print('skipped:', [(t.id().split('.')[-1], reason) for t, reason in result.skipped])
print('expected failures:', [t.id().split('.')[-1] for t, _ in result.expectedFailures], 'unexpected successes:', [t.id().split('.')[-1] for t in result.unexpectedSuccesses])
print(log)

# the diff message of a failing assertEqual
try:
    unittest.TestCase().assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})
except AssertionError as e:
    print(str(e))
try:
    unittest.TestCase().assertEqual('hello\nworld\n', 'hello\nthere\n')
except AssertionError as e:
    print(str(e))

# a TextTestRunner writing to a buffer (timing line removed)
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
runner.run(unittest.TestSuite([MathTests('test_equal'), MathTests('test_skipped')]))
print('\n'.join(line for line in stream.getvalue().splitlines() if not line.startswith('Ran ')))
