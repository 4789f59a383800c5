"""``manage.py ita_demo``: build the example site's demo on an empty (freshly migrated) database."""

from django.core.management.base import BaseCommand, CommandError

from home.demo.build import build_demo
from home.demo.site import HOSTNAME, PORT
from home.demo.users import ADMIN_PASSWORD, ADMIN_USERNAME, EDITOR_PASSWORD, DemoStateError


class Command(BaseCommand):
    help = (
        "Build the demo of องค์การบริหารส่วนจังหวัดแพร่: the ITA 2566 section with all 43 items filled, "
        "the home page and menu, an admin account and one editor per division. Safe to run again."
    )

    def handle(self, *args, verbosity=1, **options):
        log = self.stdout.write if verbosity >= 2 else None
        try:
            report = build_demo(log=log)
        except DemoStateError as exc:
            raise CommandError(str(exc)) from exc
        self.write_summary(report)

    def write_summary(self, report):
        out = self.stdout.write
        if not report.changed:
            out(self.style.WARNING("ข้อมูลตัวอย่างมีอยู่แล้ว ไม่มีการเปลี่ยนแปลง (the demo already exists; nothing changed)"))
        else:
            out(self.style.SUCCESS("สร้างข้อมูลตัวอย่างของ องค์การบริหารส่วนจังหวัดแพร่ แล้ว"))
        setup = report.setup
        out(f"  หมวด ITA: {setup.year_page.get_full_url()} (สร้างหน้าใหม่ {len(setup.created_pages)} หน้า)")
        out(f"  หน้าเนื้อหาทั่วไปที่สร้างใหม่: {len(report.pages_created)} หน้า")
        out(f"  ไฟล์ที่สร้างใหม่: เอกสาร {report.files.documents_created} ไฟล์ รูปภาพ {report.files.images_created} ไฟล์")
        items = report.items
        out(f"  ข้อที่เติมข้อมูลและเผยแพร่: {len(items.filled)} ข้อ, มีข้อมูลอยู่แล้ว (ไม่แก้ไข): {len(items.kept)} ข้อ")
        if items.unknown:
            out(self.style.WARNING(f"  ข้อที่ไม่มีข้อมูลตัวอย่าง: {', '.join(items.unknown)}"))
        out(f"  ผู้แก้ไขประจำส่วนราชการ (รหัสผ่าน “{EDITOR_PASSWORD}”):")
        for user in report.editors.values():
            out(f"    {user.username:<24} {user.first_name} {user.last_name}")
        state = "สร้างใหม่" if report.admin_created else "มีอยู่แล้ว ไม่ได้เปลี่ยนรหัสผ่าน"
        out(
            self.style.WARNING(
                f"  ผู้ดูแลระบบ: {ADMIN_USERNAME} / {ADMIN_PASSWORD} ({state}) — "
                "ใช้ทดลองบนเครื่องของตนเองเท่านั้น ห้ามใช้บนเซิร์ฟเวอร์จริง (FOR LOCAL USE ONLY)"
            )
        )
        out(f"  เว็บไซต์: http://{HOSTNAME}:{PORT}/  ระบบจัดการ: http://{HOSTNAME}:{PORT}/admin/")
        total = len(report.statuses)
        style = self.style.SUCCESS if report.complete == total else self.style.WARNING
        out(style(f"ความครบถ้วน ITA 2566: {report.complete}/{total} ข้อครบถ้วน"))
        for record in report.statuses:
            if record["status"] != "complete":
                out(f"  {record['code']:<4} {record['status']}: {'; '.join(record['missing'])}")
