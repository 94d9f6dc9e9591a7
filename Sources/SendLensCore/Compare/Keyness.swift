import Foundation

import Foundation

/// The statistics of comparing two bodies of text word by word, as corpus linguists compute them
/// (AntConc's and CQPweb's keyword lists):
///
/// - log-likelihood G² (Rayson and Garside 2000, "Comparing corpora using frequency profiling"):
///   with `a`, `b` a word's counts in corpora of `n1`, `n2` words, the expected counts are
///   `E1 = n1 (a + b) / (n1 + n2)` and `E2 = n2 (a + b) / (n1 + n2)`, and
///   `G² = 2 (a ln(a / E1) + b ln(b / E2))`, a term being 0 when its count is 0;
/// - Log Ratio (Hardie 2014, "Log Ratio: an informal introduction", CASS): the binary log of the
///   ratio of relative frequencies, `log2((a / n1) / (b / n2))`, a count of 0 taken as 0.5 so that
///   a word found on one side only still gets a finite size; +1 means twice as common in the first;
/// - the p-value of G² on one degree of freedom, `erfc(sqrt(G² / 2))`.
///
///     Keyness.logLikelihood(a: 10, b: 0, n1: 1000, n2: 1000)   // 13.86
///     Keyness.logRatio(a: 10, b: 5, n1: 1000, n2: 1000)        // 1.0
public enum Keyness {
    public static func expected(a: Int, b: Int, n1: Int, n2: Int) -> (Double, Double) {
        let total = Double(n1 + n2)
        guard total > 0 else { return (0, 0) }
        return (Double(n1) * Double(a + b) / total, Double(n2) * Double(a + b) / total)
    }

    public static func logLikelihood(a: Int, b: Int, n1: Int, n2: Int) -> Double {
        let (e1, e2) = expected(a: a, b: b, n1: n1, n2: n2)
        func term(_ observed: Int, _ expected: Double) -> Double {
            observed == 0 || expected == 0 ? 0 : Double(observed) * log(Double(observed) / expected)
        }
        return 2 * (term(a, e1) + term(b, e2))
    }

    public static func logRatio(a: Int, b: Int, n1: Int, n2: Int) -> Double {
        guard n1 > 0, n2 > 0 else { return 0 }
        let first = (a == 0 ? 0.5 : Double(a)) / Double(n1)
        let second = (b == 0 ? 0.5 : Double(b)) / Double(n2)
        return log2(first / second)
    }

    /// The chance of a G² this large if the word were as common on both sides (chi-square, 1 df).
    public static func pValue(_ g2: Double) -> Double {
        erfc((max(0, g2) / 2).squareRoot())
    }

    /// Occurrences per 10,000 words.
    public static func rate(_ count: Int, of words: Int) -> Double {
        words == 0 ? 0 : Double(count) * 10_000 / Double(words)
    }
}
