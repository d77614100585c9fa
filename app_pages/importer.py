"""导入 Import: upload articles (.txt, .html, .jsonl or a .zip of them) and run the same ETL as
`python -m etl build`; shows what was added, unchanged and rejected (with reasons)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard_lib import db, importer, ui
from etl import settings

ui.header("导入", "Import")
st.caption("上传的文章经与命令行相同的 ETL 处理后加入数据库，其他页面随即显示新数据。 "
           "Uploaded articles go through the same ETL as the command line; the other pages "
           "show them right away.")
if not db.db_exists():
    st.info(f"还没有数据库：导入文章即可创建，或运行 `{db.BUILD_HINT}`。 No database yet: "
            f"importing articles creates one at `{db.db_path()}`.", icon="🗄️")

max_files = int(settings.get("upload_max_files"))
max_mb = int(settings.get("upload_max_mb"))
# The browser refuses a file over the size limit before uploading it; Streamlit then shows only
# an icon (its message is for screen readers). This makes that message visible at the file.
st.html(importer.REFUSED_FILE_CSS)
uploads = st.file_uploader(
    f"文章文件 Article files (.txt .html .jsonl .zip；最多 at most {max_files} 个文件 files, "
    f"{max_mb} MB)", type=[s.lstrip(".") for s in importer.UPLOAD_SUFFIXES],
    accept_multiple_files=True, key="upload_files", max_upload_size=max_mb)
st.caption(f"每个文件及整批上传（解压后）最多 {max_mb} MB、{max_files} 个文件；超过大小的文件不会"
           f"上传，文件旁会显示原因。 Each file and the whole upload (unzipped) may hold at most "
           f"{max_mb} MB and {max_files} files; a larger file is not uploaded and says so.")

if st.button("导入并构建 Import and build", key="import_run", type="primary",
             disabled=not uploads):
    try:
        bar = st.progress(0.0, text="构建中 Building…")

        def on_progress(n: int, total: int, doc_id: str) -> None:
            bar.progress(min(0.99, n / max(1, total)), text=f"{n} / {total} · {doc_id}")

        def on_wait(message: str) -> None:
            bar.progress(0.0, text=f"等待另一个构建完成 Waiting: {message}")

        summary, staged = importer.import_uploads(
            ((f.name, f.getvalue()) for f in uploads or []), db.db_path(), on_progress,
            on_wait=on_wait)
        bar.progress(1.0, text="完成 Done")
        st.session_state["import_result"] = (summary, importer.outcome_table(summary, staged))
    except db.DashboardDataError as exc:
        ui.show_error(exc)

result = st.session_state.get("import_result")
if result is not None:
    summary, rejected = result
    st.success(f"构建 Build #{summary.build_id}: {summary.line()}")
    cols = st.columns(4)
    cols[0].metric("读取 Read", summary.read)
    cols[1].metric("新增/更新 Added", summary.added)
    cols[2].metric("未变 Unchanged", summary.unchanged)
    cols[3].metric("拒收 Rejected", len(rejected))
    if not rejected.empty:
        st.markdown("**拒收及原因 Rejected, with reasons**")
        ui.table(rejected, name="rejected", key="t_rejected")
    if summary.added_ids:
        st.markdown("**新增或更新的文章 Articles added or updated**")
        ui.table(pd.DataFrame({"article_id": summary.added_ids}), name="added_articles",
                 key="t_added")
    st.page_link("app_pages/overview.py", label="查看总览 See the overview", icon="➡️")

with st.expander("设置 Settings (环境变量 environment variables)"):
    st.caption("ETL 与看板共用的设置表，与 README 和 `python -m etl --help` 相同。 The settings "
               "table shared by the ETL and the dashboard, as in the README and --help.")
    table = pd.DataFrame([(*row, settings.shown(s.name)) for s, row in
                          zip(settings.SETTINGS, settings.rows(), strict=True)],
                         columns=[*settings.COLUMNS, "value"])
    ui.table(table.rename(columns={"type": "value_type"}), name="settings", key="t_settings")
