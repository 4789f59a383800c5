"""``manage.py ita_demo``: build the example site's demo on an empty (freshly migrated) database."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from home.demo.build import build_demo
from home.demo.site import HOSTNAME, PORT
from home.demo.users import ADMIN_PASSWORD, ADMIN_USERNAME, EDITOR_PASSWORD, DemoStateError
from wagtail_ita.frameworks import FrameworkError
from wagtail_ita.rollover import RolloverError, apply_rollover, plan_rollover


class Command(BaseCommand):
    help = (
        "Build the demo of องค์การบริหารส่วนจังหวัดแพร่: the ITA 2566 section with all 43 items filled, "
        "the home page and menu, an admin account and one editor per division; with --rollover, also "
        "the 2569 year carried over from 2566 (drafts). With wagtail-localize installed, also the English "
        "version of the section at /en/ita/ (section, years, a few items, divisions). Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--rollover",
            action="store_true",
            help="then roll the demo over to the provisional 2569 framework, so both years can be seen",
        )

    def handle(self, *args, verbosity=1, rollover=False, **options):
        log = self.stdout.write if verbosity >= 2 else None
        try:
            report = build_demo(log=log)
        except DemoStateError as exc:
            raise CommandError(str(exc)) from exc
        self.write_summary(report)
        if rollover:
            self.roll_over()
        self.translate(log)

    def roll_over(self):
        """2566 → 2569 through the crosswalk: 2569's items get drafts with what carries over."""
        with translation.override("th"):
            try:
                plan = plan_rollover(2566, 2569)
                already = not plan.pending and plan.new_year_page is not None
                plan, _setup = apply_rollover(plan)
            except (RolloverError, FrameworkError) as exc:
                raise CommandError(str(exc), returncode=2) from exc
        out = self.stdout.write
        if already:
            out(self.style.WARNING("ปี 2569 ยกข้อมูลมาแล้ว ไม่มีการเปลี่ยนแปลง (already rolled over; nothing changed)"))
        waiting = [p.item.code for p in plan.items if p.carried]
        out(
            self.style.SUCCESS(
                f"ยกข้อมูลไปปี 2569 (รายการชั่วคราว): {len(plan.items)} ข้อ, "
                f"ฉบับร่างรอตรวจ {len(waiting)} ข้อ ({', '.join(waiting)}), {plan.carried_count} บล็อก"
            )
        )
        out(f"  ปี 2569: {plan.new_year_page.get_full_url()}  ปี 2566 ยังเผยแพร่ที่ {plan.old_year_page.get_full_url()}")

    def translate(self, log):
        """The English version through wagtail-localize, on a site that installs it (and only then)."""
        from home.demo.common import YEAR
        from home.demo.english import ITEMS, build_english, localize_installed
        from home.demo.users import ensure_admin

        if not localize_installed():
            return
        admin, _created = ensure_admin()
        report = build_english(admin, log=log)
        if report is None:
            return
        out = self.stdout.write
        if report.changed:
            count = len(report.translated)
            out(
                self.style.SUCCESS(
                    f"ฉบับภาษาอังกฤษ (wagtail-localize): แปลและเผยแพร่ {count} รายการ "
                    f"(English version: {count} pages or divisions translated and published)"
                )
            )
        else:
            out("ฉบับภาษาอังกฤษมีอยู่แล้ว ไม่มีการเปลี่ยนแปลง (the English version already exists; nothing changed)")
        out(f"  http://{HOSTNAME}:{PORT}/en/ita/  (ปี {YEAR}: {', '.join(ITEMS)})")

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
        if report.cases_created:
            out(
                self.style.WARNING(
                    f"  เรื่องร้องเรียนการทุจริตตัวอย่าง: {report.cases_created} เรื่อง (O29 นับจากเรื่องเหล่านี้) "
                    "เข้ารหัสด้วยกุญแจตัวอย่าง (DEMO KEY) ใน settings/dev.py ซึ่งเปิดเผยในที่เก็บโค้ด — "
                    "ใช้บนเครื่องของตนเองเท่านั้น (LOCAL-ONLY KEY)"
                )
            )
        elif report.cases_refused:
            out(self.style.WARNING(f"  ไม่ได้สร้างเรื่องร้องเรียนตัวอย่าง: {report.cases_refused}"))
        if report.questions_created:
            out(f"  คำถาม-คำตอบตัวอย่างในหน้าถาม-ตอบ (O8): {report.questions_created} เรื่อง")
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
