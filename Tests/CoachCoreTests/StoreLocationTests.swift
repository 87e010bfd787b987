import Foundation
import Testing

@testable import CoachCore

@Suite("Store location")
struct StoreLocationTests {
  private let environment = [
    "HOME": "/home/coach", "XDG_DATA_HOME": "/data", "VLGCOACH_STORE": "/env/store",
  ]

  @Test func anExplicitFolderWins() {
    #expect(StoreLocation.resolve(explicit: "/mine", environment: environment).path == "/mine")
  }

  @Test func thenTheEnvironmentVariable() {
    #expect(StoreLocation.resolve(explicit: nil, environment: environment).path == "/env/store")
    #expect(StoreLocation.resolve(explicit: "", environment: environment).path == "/env/store")
  }

  @Test func thenXDGDataHome() {
    var environment = environment
    environment["VLGCOACH_STORE"] = ""
    #expect(StoreLocation.resolve(explicit: nil, environment: environment).path == "/data/vlgcoach")
  }

  @Test func aRelativeXDGDataHomeIsIgnoredAsTheSpecificationSays() {
    let environment = ["HOME": "/home/coach", "XDG_DATA_HOME": "data"]
    #expect(
      StoreLocation.resolve(explicit: nil, environment: environment).path
        == "/home/coach/.local/share/vlgcoach")
  }

  @Test func elseTheHomeFolder() {
    #expect(
      StoreLocation.resolve(explicit: nil, environment: ["HOME": "/home/coach"]).path
        == "/home/coach/.local/share/vlgcoach")
  }

  @Test func aTildeMeansHome() {
    #expect(
      StoreLocation.resolve(explicit: "~/vlg", environment: environment).path == "/home/coach/vlg")
    #expect(StoreLocation.resolve(explicit: "~", environment: environment).path == "/home/coach")
  }

  @Test func aPathIsStandardised() {
    #expect(
      StoreLocation.resolve(explicit: "/a/./b/../c", environment: environment).path == "/a/c")
  }
}
