import Foundation
import Testing

@testable import CoachCore

@Suite("The kiosk PIN's lockout")
struct PINLockoutTests {
  let start = Date(timeIntervalSinceReferenceDate: 800_000_000)

  func failed(_ count: Int, every seconds: TimeInterval = 1) -> PINLockout {
    var lockout = PINLockout()
    for index in 0..<count { lockout.recordFailure(at: start + Double(index) * seconds) }
    return lockout
  }

  @Test func freshAllowsATry() {
    #expect(PINLockout().waitRemaining(now: start) == 0)
  }

  @Test func twoWrongStillAllowATry() {
    #expect(failed(2).waitRemaining(now: start + 2) == 0)
  }

  @Test func threeWrongWaitThirtySecondsAfterTheLast() {
    let lockout = failed(3)
    let last = start + 2
    #expect(lockout.waitRemaining(now: last) == 30)
    #expect(lockout.waitRemaining(now: last + 10) == 20)
    #expect(lockout.waitRemaining(now: last + 30) == 0)
    #expect(lockout.waitRemaining(now: last + 3600) == 0)
  }

  @Test func theTriesBetweenRoundsAreFree() {
    #expect(failed(4).waitRemaining(now: start + 3) == 0)
    #expect(failed(5).waitRemaining(now: start + 4) == 0)
  }

  @Test func everyFurtherThreeDoubleTheWait() {
    #expect(failed(6).waitRemaining(now: start + 5) == 60)
    #expect(failed(9).waitRemaining(now: start + 8) == 120)
    #expect(failed(12).waitRemaining(now: start + 11) == 240)
    #expect(failed(15).waitRemaining(now: start + 14) == 480)
  }

  @Test func theWaitStopsAtTenMinutes() {
    #expect(failed(18).waitRemaining(now: start + 17) == 600)
    #expect(failed(300).waitRemaining(now: start + 299) == 600)
    #expect(PINLockout.wait(afterRounds: Int.max) == 600)
  }

  @Test func aRightPINForgivesEverything() {
    var lockout = failed(6)
    lockout.recordSuccess()
    #expect(lockout == PINLockout())
    #expect(lockout.waitRemaining(now: start + 5) == 0)
    lockout.recordFailure(at: start + 6)
    lockout.recordFailure(at: start + 7)
    #expect(lockout.waitRemaining(now: start + 7) == 0)
  }

  @Test func aClockSetBackNeverLengthensTheWait() {
    #expect(failed(3).waitRemaining(now: start - 3600) == 30)
  }

  @Test func survivesACodableRoundTrip() throws {
    let lockout = failed(4)
    let data = try PropertyListEncoder().encode(lockout)
    #expect(try PropertyListDecoder().decode(PINLockout.self, from: data) == lockout)
  }
}
