import Foundation

/// Work on many items by several threads at once, handed to the calling thread in their
/// order. At most `window` items are made ahead of the one being taken, so a large archive is never in
/// memory at once; no thread waits for a whole batch to end, as with batches of
/// `concurrentPerform`, so both cores stay busy while files differ in size.
final class OrderedWork<Output>: @unchecked Sendable {
  private let condition = NSCondition()
  private let count: Int
  private let window: Int
  private var next = 0
  private var taken = 0
  private var done: [Int: Output] = [:]

  private init(count: Int, window: Int) {
    self.count = count
    self.window = max(1, window)
  }

  /// Calls `produce` for 0..<count on `threads` threads and `consume` for each result, in
  /// order, on the calling thread; returns when every result is consumed.
  static func run(
    count: Int, threads: Int, window: Int,
    produce: @escaping @Sendable (Int) -> Output, consume: (Int, Output) -> Void
  ) {
    let work = OrderedWork(count: count, window: window)
    for _ in 0..<max(1, min(threads, count)) {
      Thread.detachNewThread { work.produceAll(produce) }
    }
    for index in 0..<count { consume(index, work.take(index)) }
  }

  private func produceAll(_ produce: (Int) -> Output) {
    while true {
      condition.lock()
      while next < count && next - taken >= window { condition.wait() }
      guard next < count else {
        condition.unlock()
        return
      }
      let index = next
      next += 1
      condition.unlock()
      let output = produce(index)
      condition.lock()
      done[index] = output
      condition.broadcast()
      condition.unlock()
    }
  }

  private func take(_ index: Int) -> Output {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let output = done.removeValue(forKey: index) {
        taken = index + 1
        condition.broadcast()
        return output
      }
      condition.wait()
    }
  }
}
