/// The indices of the elements of a nondecreasing sequence that lie in `from..<to`, by binary
/// search: goals by line, fields and titles by section, continuation lines by goal.
func sortedRun<C: RandomAccessCollection>(of sorted: C, from: Int, to: Int) -> Range<Int> where C.Element == Int, C.Index == Int {
    func firstIndex(atLeast value: Int) -> Int {
        var low = sorted.startIndex, high = sorted.endIndex
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
    let lower = firstIndex(atLeast: from)
    return lower..<max(lower, firstIndex(atLeast: to))
}
