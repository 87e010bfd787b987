import Testing

@testable import CoachUI

@Suite("A view's remembered result")
struct ViewMemoTests {
  @Test func aResultIsMadeOncePerKeyAndAgainWhenTheKeyChanges() {
    let memo = ViewMemo<[String], Int>()
    var made = 0
    func value(_ key: [String]) -> Int {
      memo.value(for: key) {
        made += 1
        return key.count
      }
    }
    let names = ["An", "Bram"]
    #expect(value(names) == 2)
    #expect(value(names) == 2)
    #expect(made == 1)
    #expect(value(names + ["Chris"]) == 3)
    #expect(made == 2)
    #expect(value(names) == 2)
    #expect(made == 3)
  }

  /// A screen that holds a memo compares by its own fields only.
  @Test func memosNeverMakeTwoScreensDiffer() {
    #expect(ViewMemo<Int, Int>() == ViewMemo<Int, Int>())
  }
}
