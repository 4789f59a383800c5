"""The protected corruption-report channel (ช่องทางแจ้งเรื่องร้องเรียนการทุจริต, O28).

One module per concern: ``crypto`` (keys, encryption, keyed hashes), ``receipts`` (receipt codes and
case numbers), ``files`` (attachment sniffing and the private storage), ``intake`` (taking a report
in one transaction), ``ratelimit``, ``notify`` (mail to recipients), ``retention`` (purge and
re-encryption), ``statistics`` (O29 figures), ``setup`` (the page and the recipients' group),
``checks`` (system checks).
"""
