import CoachUI
import Foundation

/// Runs `.search` requests on a thread of its own, so that typing into the search never
/// waits for the hits: the newest request replaces one not started yet (the coach typed on),
/// and the event loop takes the `.searched` answers between keys. It never touches the
/// store: a request carries the communities it searches.
final class SearchWorker: @unchecked Sendable {
  private let condition = NSCondition()
  private var pending: SearchRequest?
  private var isRunning = false
  private var answers: [Event] = []
  private var isStopped = false

  init() {
    Thread.detachNewThread { [self] in work() }
  }

  /// Whether a search waits or runs: the event loop then wakes often to show its answer.
  var isBusy: Bool {
    condition.withLock { pending != nil || isRunning }
  }

  func submit(_ request: SearchRequest) {
    condition.withLock {
      pending = request
      condition.signal()
    }
  }

  /// The answers since the last call.
  func take() -> [Event] {
    condition.withLock {
      defer { answers = [] }
      return answers
    }
  }

  func stop() {
    condition.withLock {
      isStopped = true
      condition.signal()
    }
  }

  private func work() {
    while true {
      condition.lock()
      while pending == nil && !isStopped { condition.wait() }
      if isStopped {
        condition.unlock()
        return
      }
      let request = pending
      pending = nil
      isRunning = true
      condition.unlock()
      guard let request else { continue }
      let results = request.run(
        stopping: { condition.withLock { pending != nil || isStopped } },
        partly: { part in
          condition.withLock { answers.append(.searched(query: request.query, part)) }
        })
      condition.withLock {
        if let results { answers.append(.searched(query: request.query, results)) }
        isRunning = false
      }
    }
  }
}
