"""Throughput of govdoc against a bare regular-expression scan of the same input.

Run: ``python bench/bench_govdoc.py [--mb 4] [--plain]``. Prints, for the same text in the
same run (with the C candidate scans where they were built, or the plain ones with
``--plain``):

* extraction MB/s of ``govdoc.extract`` and of a bare ``re.finditer`` over a symbol
  pattern (the floor any finder pays), and their ratio;
* parse references/s of ``govdoc.parse`` and of a bare ``re.fullmatch``;
* time per MB on hostile inputs at growing sizes: flat figures mean linear time.

Nothing here asserts a time; the figures are for the notes and the changelog.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

import govdoc
from govdoc import _scan, _text

ROOT = Path(__file__).resolve().parent.parent
BARE_SYMBOL = re.compile(r"\d{1,6}(?:/\d{4})?[/-][A-ZĐ][A-Za-zĐđ0-9&]*(?:[-/][A-ZĐ][A-Za-zĐđ0-9&]*)*")
BARE_FULL = re.compile(r"\d{1,6}(?:/\d{4})?[/-][A-ZĐa-zđ][A-Za-zĐđ0-9&]*(?:[-/][A-Za-zĐđ0-9&]+)*")

SENTENCES = [
    "Căn cứ Nghị định số {n}/{y}/NĐ-CP ngày {d}/{m}/{y} của Chính phủ quy định chi tiết một số điều của Luật Đất đai;",
    "Thực hiện Chỉ thị số {n}/CT-TTg ngày {d}/{m}/{y} của Thủ tướng Chính phủ về “Tăng cường công tác dân vận”,",
    "Kế hoạch số {n}-KH/HU, ngày {d}/{m}/{y} của Ban Thường vụ Huyện ủy về việc triển khai thực hiện Kết luận số {n}-KL/TW;",
    "Trong 9 tháng đầu năm {y}, toàn huyện đã tiếp nhận {n} đơn thư, đã giải quyết 64/70 đơn, đạt tỷ lệ 91,5%.",
    "Thông tư số {n}/{y}/TT-BTC hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.",
    "Công văn số {n}/BNV-CCVC gửi các bộ, ngành; theo tiêu chuẩn TCVN ISO 9001:2008 và Luật Giá.",
]


def corpus(megabytes: float, seed: int = 7) -> str:
    """Real-looking text: the shipped article plus sentences shaped like the dev texts."""
    rng = random.Random(seed)
    parts = [(ROOT / "examples" / "khanh-vinh-dan-van-2021.txt").read_text(encoding="utf-8")]
    size = len(parts[0].encode())
    while size < megabytes * 1_000_000:
        sentence = rng.choice(SENTENCES).format(
            n=rng.randint(1, 999), y=rng.randint(2000, 2025), d=rng.randint(1, 28), m=rng.randint(1, 12))
        parts.append(sentence)
        size += len(sentence.encode()) + 1
    return "\n".join(parts)


def best_of(runs: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0, help="size of the text, in MB")
    parser.add_argument("--plain", action="store_true", help="run the plain scans, without the C module")
    args = parser.parse_args()
    if args.plain:
        _scan._symbol_starts = _scan._word_starts = _scan._word_matches = None
        _text._c_views = None
    print(f"candidate scans: {'C' if _scan.has_c_scans() else 'plain Python'}; "
          f"text views: {'C' if _text._c_views is not None else 'plain Python'}")
    text = corpus(args.mb)
    govdoc.extract("Chỉ thị số 16/CT-TTg")  # load the tables outside the timing

    article = (ROOT / "examples" / "khanh-vinh-dan-van-2021.txt").read_text(encoding="utf-8")
    articles = "\n\n".join([article] * max(1, int(args.mb * 1_000_000 / len(article.encode()))))
    # Most pages of a corpus cite nothing: the article's lines that hold no number.
    prose = "\n".join(line for line in article.splitlines() if not re.search(r"\d", line))
    pages = "\n\n".join([prose] * max(1, int(args.mb * 1_000_000 / len(prose.encode()))))
    samples = (("dense (1 mention / 90 B)", text), ("article-like (the shipped article)", articles),
               ("prose citing nothing (its lines without a number)", pages))
    for label, sample in samples:
        size = len(sample.encode()) / 1_000_000
        bare = best_of(3, lambda s=sample: sum(1 for _ in BARE_SYMBOL.finditer(s)))
        full = best_of(3, lambda s=sample: govdoc.extract(s))
        print(f"{label}: {size:.2f} MB, {len(govdoc.extract(sample))} mentions")
        print(f"  bare regex scan : {size / bare:8.2f} MB/s")
        print(f"  govdoc.extract  : {size / full:8.2f} MB/s   ({full / bare:.1f}x the bare scan's time)")

    refs = [m.group(0) for m in BARE_SYMBOL.finditer(text)][:20000]
    bare_parse = best_of(3, lambda: [BARE_FULL.fullmatch(r) for r in refs])
    full_parse = best_of(3, lambda: [govdoc.is_valid(r) for r in refs])
    print(f"bare re.fullmatch: {len(refs) / bare_parse:10.0f} references/s")
    print(f"govdoc.parse     : {len(refs) / full_parse:10.0f} references/s"
          f"   ({full_parse / bare_parse:.1f}x the bare match's time)")

    print("hostile input, seconds per MB at growing sizes (flat = linear):")
    for unit in ("số 1/", "-", "“a ", "16/CT-", "Căn cứ ", "Nghị định ", "Luật sửa đổi Luật Đất đai, ",
                 "Bãi bỏ các văn bản sau:\n1. Quyết định số 1/2020/QĐ-UBND\n",
                 "Luật A được sửa đổi bởi Luật số 1/2020/QH14 và Luật số 2/2021/QH14 hết hiệu lực, ",
                 "Thông tư 1/2020/TT-BTC hướng dẫn Luật B và hướng dẫn Nghị định 2/2020/NĐ-CP, ",
                 "Luật sửa đổi Luật Giá; Luật Phí; ", "Huyện ủy đã ban hành Nghị quyết số 1-NQ/HU; ",
                 "A (được sửa đổi bởi Luật B, ", "thay thế cụm từ ", "căn cứ tại khoản 1 ",
                 "điều chỉnh ", 'Nghị định 1/2020/NĐ-CP về " a ', "Quyết định 5/QĐ-UBND của Bộ A, Bộ B, Bộ C tại ",
                 "Căn cứ các Nghị định của Chính phủ số 1/2004/NĐ-CP về Luật Đất đai; ", "Hướng dẫn 52 HD/BTCTW ",
                 "hướng dẫn quy định tại điểm a và b, c và ", "Nghị định 1/2020/NĐ-CP (sau đây gọi là Nghị định 1) và ",
                 "Quyết định 5/QĐ-UBND (1-1-2020) ", "49/2025TT-BCT ", "Nghị quyết 23-NQ/TW về văn học nêu rõ: ",
                 "A, B và được sửa đổi bởi Thông tư 1/2020/TT-BTC, ", "Nghị quyết 42 2017 QH14 ",
                 "Xét đề nghị của Bộ A tại văn bản số 1/TTr-BCT; của Bộ B tại văn bản số 2/TTr-BNV; ",
                 "Có Thông tư thay thế Thông tư 133 2016/TT-BTC chưa? ",
                 "Bộ Công nghiệp (nay là Bộ Công Thương) đã ban hành Quyết định số 1/QĐ-BCN; ",
                 "Luật A và Luật B (được bổ sung bởi Luật C) và ",
                 "Kế hoạch 1/KH-UBND về a \"b; c\" ",
                 "Công văn 1-CV/ĐU của Đảng ủy Bộ Tài chính và ",
                 "x\nThực hiện Nghị quyết 1-NQ/TW ",
                 "Bộ A ban hành Công văn 1/BTC-VP.\nTheo đó, thực hiện Kết luận 2-KL/TW. ",
                 "Căn cứ Thông tư 1/2020/TT-BTC, Bộ Tài chính sửa đổi Thông tư 2/2020/TT-BTC đã được sửa đổi theo ",
                 "Công văn thực hiện Công văn 1-CV/BCĐ, ", "có hiệu lực kể từ ngày ký ban hành (",
                 "về X, tầm nhìn đến năm 2045 xác định ",
                 "Sửa đổi Luật A số 1/2020/QH14 đã được sửa đổi theo Luật số 2/2021/QH14, Luật số 3/2021/QH14 quy "
                 "định về x; ", "ngày 1/1/2020, đồng chí A đã ký ban hành Quyết định 1/QĐ-TTg, ",
                 "Căn cứ kiểm điểm x Luật Đất đai 2024 ", "Nghị quyết 1-NQ-TW về a (b), c và ",
                 "bãi bỏ nội dung “a” tại ", "Ngày 1/1/2020, thay mặt Bộ A, ", "đồng bộ Luật A ",
                 "Ngày 1/1/2020, Hội A, Bộ B ban hành Quyết định 1/QĐ-BTC, ", "Nghị quyết Đại hội đại biểu ",
                 "Theo Công văn 1/BTC-VP có nêu:\n- Căn cứ Luật Giá;\n\n", '**^**"Nghị định 1/2020/NĐ-CP về a".*b*. ',
                 "của Ban Thường\nvụ Thành ủy tại Văn bản số 1-CV/TU, ",
                 "Luật A được sửa đổi theo Luật số 1/2020/QH14 (sau đây gọi là Luật A), ", "Kết luận 1-\nKL/TW, 2/\n",
                 "Nghị định 1/2020/NĐ-CP sửa đổi Nghị định 2/2019/NĐ-CP theo quy định tại ",
                 "Nghị định 2/2019/NĐ-CP ngày 1/1/2019 quy định chi tiết Luật Giá về a; ",
                 "Nghị định số 1/2020/NĐ-CP (Nghị định 1) sửa đổi ", "x được sửa đổi, bổ sung và ",
                 "Điều 5 Thông tư 1/2020/TT-BTC quy định a như sau:\n\n- Căn cứ Luật Giá;\n", "1.1.1.",
                 "khoản 2 Điều 5 Nghị định 2/2019/NĐ-CP, ", "quy định trong Hiến pháp, điều 4 Hiến pháp ",
                 "A hết hiệu lực thay vào đó là ", "Nghị định 1/2020/NĐ-CPquy ", "Nghị định 73 nằm ",
                 "Điều 1 Luật Giá quy định như sau:\n\nHiệu lực\n\n1. Luật này có hiệu lực.\n\n",
                 "thay thế Điều 1, 2, 3, 4, 5, ", "Ngày 1/1/2020 Bộ Tài chính ra Nghị quyết số 1 ",
                 "[1] - Công văn 1/TANDTC-PC về Nghị quyết 2/2017/QH14 do Tòa án nhân dân tối cao ban hành\n",
                 "Nghị quyết 66.7/2025/NQ-CP ", "+ Mục 1 phần 2 tại Quyết định 2/QĐ-TTg;\n",
                 "Luật Nhà ở 2023; ", "**được bổ sung** bởi:\n\n- Khoản 1 Điều 1 Quyết định 2/QĐ-TTg\n\n",
                 ", có cụm từ bị thay thế bởi Luật Thanh niên 2020", "Nghị định số 1/2020/NĐ-CP và ",
                 "của Trưởng ban Chỉ đạo quốc gia về a, ",
                 "Thông tư này thay thế Thông tư số 1/2020/TT-BTC ngày 1/1/2020 của Bộ Tài chính; ",
                 "Thông tư 1/2020/TT-BTC bị bãi bỏ một số điều bởi ", 'về việc ban hành "Quy chế a ',
                 "- Quyết định 1/2020/QĐ-UBND và Quyết định 2/2020/QĐ-UBND\n",
                 "Nghị định 1/2020/NĐ-CP quy định về a do ", "về a được Chính phủ ban ",
                 "Nghị định 1/2020/NĐ-CP được sửa đổi tại Nghị định 2/2021/NĐ-CP và hướng dẫn tại ",
                 "Luật A (AB) được Quốc hội khóa XV tại Kỳ họp bất thường lần thứ 9 ",
                 "Quyết định 1/QĐ-UBND về việc a, ngày 1/1/2020 ",
                 "khoản 1 Điều 1 Luật Đất đai 2024; ",
                 "Điều 1 Thông tư 1/2020/TT-BTC quy định như sau:\n\nĐiều 1. Bổ sung khoản 1 Điều 2 Luật A\n",
                 "Quyết định 1/QĐ-UBND về việc a do Bão số 3 do Đảng, Nhà nước giao ",
                 "Ngày 1/1/2020, tại Quyết định 1/QĐ-TTg, Bộ A đã nhanh chóng ban hành Nghị định 2 ",
                 "Thông tư 1/2020/TT-BTC quy định chi tiết khoản 1 Điều 2, ",
                 "Bãi bỏ các khoản 1, 2 Điều 3; Phụ lục I và IV; ", "Thực hiện Nghị quyết 1/NQ-CP, Bộ Tài chính ban hành ",
                 "Căn cứ Điều 8 Thông tư 1/2020/TT-BTC quy định ", "Điều 5 BLHS năm 2015, BLTTDS 2015 và "):
        cells = []
        for size in (100_000, 200_000, 400_000):
            # one document at the end: every cue before it looks that far for its object
            hostile = unit * (size // len(unit)) + "Nghị định 1/2020/NĐ-CP"
            seconds = best_of(1, lambda h=hostile: govdoc.extract(h))
            cells.append(f"{seconds / (size / 1_000_000):6.2f}")
        print(f"  {unit[:24]!r:28} " + " ".join(cells))
    # one verb whose objects run on: every object is linked from one subject
    for unit in ("Nghị định 2/2019/NĐ-CP, ", "khoản 2 Điều 5 Nghị định 2/2019/NĐ-CP, ",
                 "Nghị định 2/2019/NĐ-CP hướng dẫn a; "):
        cells = []
        for size in (100_000, 200_000, 400_000):
            listed = "Nghị định 1/2020/NĐ-CP sửa đổi " + unit * (size // len(unit))
            seconds = best_of(1, lambda h=listed: govdoc.extract(h))
            cells.append(f"{seconds / (size / 1_000_000):6.2f}")
        print(f"  {'sửa đổi ' + unit[:16]!r:28} " + " ".join(cells))


if __name__ == "__main__":
    main()
