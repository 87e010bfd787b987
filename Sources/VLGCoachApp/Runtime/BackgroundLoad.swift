import CoachCore
import CoachUI
import Foundation

/// `.loadAll` and `.readFollowUp` off the key path: the communities not read yet (or their
/// follow-up digests) are read on a thread of their own, and the event loop takes the
/// events as they come, between keys, so the search and the follow-up show what is read so
/// far and every key keeps working.
///
/// Why the program's own store and not a second, read-only instance: a community read by
/// another instance would be unknown to the store that later saves it — its unknown keys,
/// its notebook and the fingerprint that guards against outside changes all live in the
/// instance that read it — so a save would drop the coach's notes. So the one store is lent
/// to this thread instead, and used from one place at a time: while the reading runs, the
/// event loop performs no effect (saves, loads, exports wait in order; the check for outside
/// changes is skipped), and it takes the store back only once `take` says the reading is
/// over, or after `cancelAndWait`. The lock orders the two threads' use of it.
final class BackgroundLoad: @unchecked Sendable {
  private let lock = NSLock()
  private let done = DispatchSemaphore(value: 0)
  private var events: [Event] = []
  private var isFinished = false
  private var isCancelled = false

  /// Starts reading `ids` with `runner`'s store, then `.allLoaded(then: intent)`.
  convenience init(_ ids: [UUID], then intent: LoadAllIntent, runner: EffectRunner) {
    self.init(ids, runner: runner, last: .allLoaded(then: intent)) { runner, id in
      runner.load(id, then: .remember)
    }
  }

  /// Starts `read` for each of `ids` with `runner`'s store, then `last` (when not
  /// cancelled).
  init(
    _ ids: [UUID], runner: EffectRunner, last: Event? = nil,
    read: @escaping @Sendable (EffectRunner, UUID) -> [Event]
  ) {
    let lent = LentStore(runner: runner)
    Thread.detachNewThread { [self] in
      for id in ids {
        if lock.withLock({ isCancelled }) { break }
        let answer = read(lent.runner, id)
        lock.withLock { events += answer }
      }
      lock.withLock {
        if !isCancelled, let last { events.append(last) }
        isFinished = true
      }
      done.signal()
    }
  }

  /// The events read since the last call, and whether the reading is over: then the store
  /// is the event loop's again.
  func take() -> (events: [Event], finished: Bool) {
    lock.withLock {
      defer { events = [] }
      return (events, isFinished)
    }
  }

  /// Waits until the reading is over.
  func wait() {
    done.wait()
    done.signal()
  }

  /// Stops after the community being read (the program is ending), and waits for that.
  func cancelAndWait() {
    lock.withLock { isCancelled = true }
    wait()
  }
}

/// The effect runner, and with it the store, lent to the reading thread. Not Sendable by
/// itself (the store is a class that is not thread-safe); `BackgroundLoad` says why this
/// lending is safe: the event loop does not touch the store until the reading is over.
private struct LentStore: @unchecked Sendable {
  let runner: EffectRunner
}
