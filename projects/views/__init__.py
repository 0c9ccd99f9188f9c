"""Project views, one module per resource: detail (the project page), editing, workflow…"""
