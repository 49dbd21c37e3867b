@_exported import Form4Core
@_exported import Form4Text
@_exported import Form4Diff
