"""Minimal reader of R's XDR serialization (version 3) for data frames of plain vectors."""
import gzip, struct, sys

class R:
    def __init__(self, data):
        self.d = data; self.p = 0; self.refs = []
    def i(self):
        v = struct.unpack_from('>i', self.d, self.p)[0]; self.p += 4; return v
    def read(self):
        flags = self.i()
        t = flags & 0xff
        has_attr = bool(flags & (1 << 9)); has_tag = bool(flags & (1 << 10))
        if t == 254: return None  # NILVALUE
        if t == 242: return None  # EMPTYENV
        if t == 253: return None  # GLOBALENV
        if t == 255:  # REFSXP
            idx = flags >> 8
            if idx == 0: idx = self.i()
            return self.refs[idx - 1]
        if t == 1:  # SYMSXP
            name = self.read(); self.refs.append(name); return name
        if t == 9:  # CHARSXP
            n = self.i()
            if n == -1: return None
            s = self.d[self.p:self.p + n].decode('utf-8', 'replace'); self.p += n; return s
        if t in (2, 6):  # LISTSXP / LANGSXP pairlist
            attr = self.read() if has_attr else None
            tag = self.read() if has_tag else None
            car = self.read(); cdr = self.read()
            out = [(tag, car)]
            if isinstance(cdr, list) and cdr and isinstance(cdr[0], tuple): out += cdr
            return out
        if t in (10, 13):  # LGLSXP / INTSXP
            n = self.i(); v = list(struct.unpack_from('>%di' % n, self.d, self.p)); self.p += 4 * n
            obj = v
        elif t == 14:  # REALSXP
            n = self.i(); v = list(struct.unpack_from('>%dd' % n, self.d, self.p)); self.p += 8 * n
            obj = v
        elif t == 16:  # STRSXP
            n = self.i(); obj = [self.read() for _ in range(n)]
        elif t == 19:  # VECSXP
            n = self.i(); obj = [self.read() for _ in range(n)]
        elif t == 238:  # ALTREP
            info = self.read(); state = self.read(); attr = self.read()
            cls = info[0][1] if isinstance(info, list) else info
            if cls == 'compact_intseq':
                n, start, step = state[0], state[1], state[2]
                return [int(start + k * step) for k in range(int(n))]
            if cls == 'deferred_string':
                return state[0] if isinstance(state, list) else state
            return state
        else:
            raise ValueError('unsupported SEXP type %d at %d' % (t, self.p))
        attrs = self.read() if has_attr else None
        if attrs:
            return Obj(obj, dict((k, v) for k, v in attrs))
        return obj

class Obj(list):
    def __init__(self, v, attrs): super().__init__(v); self.attrs = attrs

def load(path):
    d = gzip.open(path).read()
    assert d[:2] == b'X\n'
    r = R(d); r.p = 2
    version = r.i(); r.i(); r.i()
    if version == 3:
        n = r.i(); r.p += n
    return r.read()

if __name__ == '__main__':
    df = load(sys.argv[1])
    names = df.attrs.get('names')
    print(names)
    for n, col in zip(names, df):
        print(n, col[:5] if isinstance(col, list) else col)
