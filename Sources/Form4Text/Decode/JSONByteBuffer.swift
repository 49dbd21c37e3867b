/// The growing byte buffer ``JSONStream`` writes into.
///
/// `Array.append` checks uniqueness and capacity and goes through generic
/// slice code on every call; the JSON is written in many pieces of a few bytes
/// (a quote, a comma, a line's indentation), where that overhead was most of
/// the cost. This buffer only checks capacity; the caller gets an array once, at the end.
struct JSONByteBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written so far, as an array.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(to: count + n) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = Swift.max(capacity * 2, needed)
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        fresh.initialize(from: start, count: count)
        start.deallocate()
        start = fresh
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ b: UInt8) {
        reserve(1)
        start[count] = b
        count += 1
    }

    mutating func append(contentsOf buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        reserve(buffer.count)
        (start + count).initialize(from: base, count: buffer.count)
        count += buffer.count
    }

    /// `b` followed by `n` spaces.
    mutating func append(_ b: UInt8, spaces n: Int) {
        reserve(1 + n)
        start[count] = b
        (start + count + 1).initialize(repeating: 0x20, count: n)
        count += 1 + n
    }
}
