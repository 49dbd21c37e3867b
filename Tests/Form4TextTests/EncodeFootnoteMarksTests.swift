import Testing
@testable import Form4Text

/// ``FootnoteMarks`` holds a token's ids as the `[String]` it replaced did:
/// every edit gives the array's ids, whether they are packed in a word or not.
@Suite struct EncodeFootnoteMarksTests {
    /// Ids that pack ("F0" … "F254" as the tokenizer spells them) and ids that
    /// must be kept as written (a leading zero, past 254, another letter, empty).
    static let ids = ["F1", "F0", "F12", "F254", "F99", "F255", "F01", "F00", "G3", "F", "", "F1a", "f1", "F٣", "F1000"]

    @Test func appendsKeepEveryIdAsWritten() {
        for a in Self.ids {
            for b in Self.ids {
                var marks = FootnoteMarks()
                marks.append(a)
                marks.append(b)
                #expect(Array(marks) == [a, b])
                #expect(marks.count == 2 && !marks.isEmpty)
                #expect(marks == FootnoteMarks(ids: [a, b]))
            }
        }
    }

    @Test func moreIdsThanTheWordHoldsAreKept() {
        let many = (1...12).map { "F\($0)" }
        var marks = FootnoteMarks()
        for (k, id) in many.enumerated() {
            marks.append(id)
            #expect(Array(marks) == Array(many[...k]))
        }
        #expect(FootnoteMarks(ids: many) == marks)
        var reversed = marks
        reversed.reverse()
        #expect(Array(reversed) == Array(many.reversed()))
    }

    @Test func numbersAreTheTokenizersIds() {
        for n in [0, 1, 9, 10, 99, 100, 254, 255, 1000] {
            var marks = FootnoteMarks()
            marks.append(number: n)
            marks.append(number: 3)
            #expect(Array(marks) == ["F\(n)", "F3"])
        }
    }

    @Test func editsMatchTheArrays() {
        var marks: FootnoteMarks = ["F2", "F3"]
        var array = ["F2", "F3"]
        marks.insert("F1", at: 0); array.insert("F1", at: 0)
        #expect(Array(marks) == array)
        marks.insert("F01", at: 1); array.insert("F01", at: 1)
        #expect(Array(marks) == array)
        marks.append(contentsOf: ["F7", "F8"]); array.append(contentsOf: ["F7", "F8"])
        #expect(Array(marks) == array)
        marks += ["F9"]; array += ["F9"]
        #expect(Array(marks) == array)
        marks.insert(contentsOf: ["F4", "F5"], at: 0); array.insert(contentsOf: ["F4", "F5"], at: 0)
        #expect(Array(marks) == array)
        marks.reverse(); array.reverse()
        #expect(Array(marks) == array)
        #expect(marks.joined(separator: ",") == array.joined(separator: ","))
        #expect(marks.contains("F01") && !marks.contains("F6"))
        let empty: FootnoteMarks = []
        #expect(empty.isEmpty && empty == FootnoteMarks() && Array(empty) == [])
        #expect(FootnoteMarks(ids: ["F1", "F2"]) != FootnoteMarks(ids: ["F2", "F1"]))
    }
}
