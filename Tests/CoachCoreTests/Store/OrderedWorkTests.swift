import Foundation
import Testing

@testable import CoachCore

@Suite("Work on several threads, taken in order")
struct OrderedWorkTests {
  @Test(arguments: [(0, 2, 4), (1, 2, 4), (50, 2, 6), (50, 4, 1), (7, 16, 3)])
  func everyResultIsTakenOnceInOrderAndNeverTooFarAhead(count: Int, threads: Int, window: Int) {
    let ahead = MostAhead()
    var taken: [Int] = []
    OrderedWork<Int>.run(
      count: count, threads: threads, window: window,
      produce: { index in
        ahead.started(index)
        // Uneven work, so later items often finish first.
        usleep(UInt32((index * 7919) % 5) * 200)
        return index * index
      },
      consume: { index, value in
        #expect(value == index * index)
        taken.append(index)
        ahead.taken(index)
      })
    #expect(taken == Array(0..<count))
    // The consumer is told of an item just after it was handed over, so one more may have
    // started by then.
    #expect(ahead.most <= window + 1, "at most \(window) started ahead of the one taken")
  }
}

/// How far the producers ran ahead of the consumer.
private final class MostAhead: @unchecked Sendable {
  private let lock = NSLock()
  private var takenUpTo = 0
  private(set) var most = 0

  func started(_ index: Int) {
    lock.withLock { most = max(most, index + 1 - takenUpTo) }
  }

  func taken(_ index: Int) {
    lock.withLock { takenUpTo = index + 1 }
  }
}
