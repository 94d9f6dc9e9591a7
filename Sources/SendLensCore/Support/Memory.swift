/// Memory the process no longer uses, handed back to the system. glibc's allocator keeps freed
/// memory for reuse, so a session that ran a large command (a `find --all` laid out for a
/// terminal) would otherwise stay as large as that command made it.
public enum Memory {
    public static func giveBack() {
        #if os(Linux)
        _ = mallocTrim(0)
        #endif
    }
}

#if os(Linux)
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32
#endif
